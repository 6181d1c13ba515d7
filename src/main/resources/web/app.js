// Search page for the medical-institution document search service.
// Plain ES2020, no dependencies. Security rule: only `title_html` and `snippets`
// (escaped by the server, <mark> added) go through innerHTML; everything else
// is inserted as text.
'use strict';

(() => {
  const DEFAULT_SIZE = 10;
  const MAX_SIZE = 100;
  const DEBOUNCE_MS = 200;
  const RESERVED = new Set(['q', 'page', 'size', 'sort', 'doc']);
  const LANG_LABELS = { zh: '中文', en: 'English', mixed: '中英' };
  const FACET_LABELS = {
    language: 'Language 语言', year: 'Year 年份', source: 'Source 来源', doc_type: 'Type 类型', institution: 'Institution 机构',
  };

  const $ = (id) => document.getElementById(id);
  const els = {
    form: $('search-form'), q: $('q'), sort: $('sort'),
    status: $('status'), error: $('error'),
    results: $('results'), noResults: $('no-results'),
    facetsHeading: $('facets-heading'), facetList: $('facet-list'), clear: $('clear-filters'),
    prev: $('prev-page'), next: $('next-page'), pageInfo: $('page-info'),
    resultsView: $('results-view'), docView: $('document-view'),
    docTitle: $('doc-title'), docMeta: $('doc-meta'), docText: $('doc-text'),
    back: $('back-to-results'),
  };

  let state = parseState(location.search);
  let lastKey = null;          // API query string of the results shown (or loading)
  let searchSeq = 0;
  let searchCtl = null;
  let docSeq = 0;
  let docCtl = null;
  let shownDoc = null;         // id of the document in the panel
  let debounceTimer = 0;
  let typingPushed = false;    // the first search of a typing burst pushes, later ones replace
  const hitsById = new Map();

  // ---------- state <-> URL ----------

  function posInt(s, dflt, max = Infinity) {
    const n = Number.parseInt(s ?? '', 10);
    return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : dflt;
  }

  function parseState(search) {
    const p = new URLSearchParams(search);
    const filters = new Map();
    for (const [k, v] of p) {
      if (RESERVED.has(k)) continue;
      const vs = filters.get(k) || [];
      if (!vs.includes(v)) vs.push(v);
      filters.set(k, vs);
    }
    return {
      q: p.get('q') ?? '',
      page: posInt(p.get('page'), 1),
      size: posInt(p.get('size'), DEFAULT_SIZE, MAX_SIZE),
      sort: p.get('sort') === 'date' ? 'date' : 'relevance',
      filters,
      doc: p.get('doc') || null,
    };
  }

  // api: all parameters explicit, no doc. Otherwise a compact page URL.
  function toParams(st, api = false) {
    const p = new URLSearchParams();
    const q = st.q.trim();
    if (api || q) p.set('q', q);
    if (api || st.page > 1) p.set('page', String(st.page));
    if (api || st.size !== DEFAULT_SIZE) p.set('size', String(st.size));
    if (api || st.sort !== 'relevance') p.set('sort', st.sort);
    for (const [k, vs] of st.filters) for (const v of vs) p.append(k, v);
    if (!api && st.doc) p.set('doc', st.doc);
    return p;
  }

  function urlFor(st) {
    const qs = toParams(st).toString();
    return location.pathname + (qs ? '?' + qs : '');
  }

  function withState(changes) {
    return { ...state, filters: new Map(state.filters), ...changes };
  }

  function navigate(next, mode = 'push', histData = null, fromTyping = false) {
    if (!fromTyping) typingPushed = false;
    state = next;
    const url = urlFor(next);
    if (mode === 'push' && url !== location.pathname + location.search) {
      history.pushState(histData, '', url);
    } else {
      history.replaceState(histData ?? history.state, '', url);
    }
    apply();
  }

  // Bring the page in line with `state`.
  function apply() {
    if (els.q.value !== state.q) els.q.value = state.q;
    els.sort.value = state.sort;
    const q = state.q.trim();
    document.title = (q ? q + ' – ' : '') + 'Search 搜索 – Medical Institution Documents 医疗机构文档';
    const key = toParams(state, true).toString();
    if (key !== lastKey) {
      lastKey = key;
      runSearch(key);
    }
    if (state.doc) openDocument(state.doc);
    else showResults();
  }

  // ---------- networking ----------

  async function getJson(url, signal) {
    let res;
    try {
      res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new Error('Network error 网络错误');
    }
    let body = null;
    try { body = await res.json(); } catch { /* not JSON */ }
    if (!res.ok) {
      throw new Error(body && typeof body.error === 'string' ? body.error : `HTTP ${res.status}`);
    }
    if (!body || typeof body !== 'object') throw new Error('Invalid response 响应无效');
    return body;
  }

  function showError(msg) {
    els.error.textContent = msg;
    els.error.hidden = false;
  }

  function hideError() {
    els.error.hidden = true;
    els.error.textContent = '';
  }

  async function runSearch(key) {
    const seq = ++searchSeq;
    if (searchCtl) searchCtl.abort();
    const ctl = searchCtl = new AbortController();
    els.results.setAttribute('aria-busy', 'true');
    try {
      const data = await getJson('/api/search?' + key, ctl.signal);
      if (seq !== searchSeq) return;   // a newer search has started
      hideError();
      renderResults(data);
    } catch (err) {
      if (seq !== searchSeq || err.name === 'AbortError') return;
      lastKey = null;                  // allow a retry of the same query
      showError(err.message);
      els.status.textContent = 'Search failed 搜索失败';
    } finally {
      if (seq === searchSeq) els.results.removeAttribute('aria-busy');
    }
  }

  // ---------- rendering ----------

  function el(tag, className) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    return e;
  }

  const langLabel = (code) => (code ? LANG_LABELS[code] || String(code) : '');

  function metaText(obj) {
    return [langLabel(obj.language), obj.date || obj.year, obj.source]
      .filter((x) => x !== null && x !== undefined && x !== '')
      .map(String).join(' · ');
  }

  function renderResults(data) {
    const hits = Array.isArray(data.hits) ? data.hits : [];
    const total = Number(data.total) || 0;
    const size = Number(data.size) || state.size;
    hitsById.clear();
    const frag = document.createDocumentFragment();
    for (const hit of hits) {
      hitsById.set(String(hit.id), hit);
      frag.append(renderHit(hit));
    }
    els.results.replaceChildren(frag);
    els.results.start = (state.page - 1) * size + 1;
    els.noResults.hidden = hits.length > 0;
    const took = Number(data.took_ms) || 0;
    els.status.textContent = total === 0
      ? `No results (${took} ms) · 无结果`
      : `${total} ${total === 1 ? 'result' : 'results'} (${took} ms) · 共 ${total} 条结果`;
    renderFacets(data.facets && typeof data.facets === 'object' ? data.facets : {});
    const pages = Math.max(1, Math.ceil(total / size));
    els.prev.disabled = state.page <= 1;
    els.next.disabled = state.page >= pages;
    els.pageInfo.textContent = `Page ${state.page} / ${pages} · 第 ${state.page}/${pages} 页`;
  }

  function renderHit(hit) {
    const id = String(hit.id);
    const li = el('li', 'hit');
    const h = el('h3', 'hit-heading');
    const a = el('a', 'hit-title');
    a.href = urlFor(withState({ doc: id }));
    a.dataset.id = id;
    if (typeof hit.title_html === 'string' && hit.title_html.trim()) {
      a.innerHTML = hit.title_html;            // server-escaped, only <mark> added
    } else {
      a.textContent = hit.title || id;
    }
    h.append(a);
    const meta = el('span', 'hit-meta');
    meta.textContent = metaText(hit);
    const snip = el('div', 'hit-snippet');
    const snippets = Array.isArray(hit.snippets) ? hit.snippets.filter((s) => typeof s === 'string') : [];
    snip.innerHTML = snippets.join(' ');       // server-escaped, only <mark> added
    li.append(h, meta, snip);
    return li;
  }

  function renderFacets(facets) {
    // Keep keyboard focus on the same facet button across re-rendering.
    const focused = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest('button.facet-value') : null;
    const focusFacet = focused ? focused.closest('.facet').dataset.facet : null;
    const focusValue = focused ? focused.dataset.value : null;

    const names = Object.keys(facets);
    for (const name of state.filters.keys()) if (!names.includes(name)) names.push(name);

    const frag = document.createDocumentFragment();
    let toFocus = null;
    names.forEach((name, i) => {
      const values = (Array.isArray(facets[name]) ? facets[name] : [])
        .map((v) => ({ value: String(v.value), count: Number(v.count) || 0 }));
      const active = state.filters.get(name) || [];
      // Selected values missing from the response stay visible so they can be turned off.
      for (const v of active) if (!values.some((x) => x.value === v)) values.push({ value: v, count: 0 });
      if (!values.length) return;

      const sec = el('section', 'facet');
      sec.dataset.facet = name;
      const h = el('h3', 'facet-heading');
      h.id = `facet-heading-${i}`;
      h.textContent = FACET_LABELS[name] || name;
      sec.setAttribute('aria-labelledby', h.id);
      const ul = el('ul', 'facet-values');
      for (const { value, count } of values) {
        const b = el('button', 'facet-value');
        b.type = 'button';
        b.dataset.value = value;
        b.setAttribute('aria-pressed', String(active.includes(value)));
        b.textContent = `${name === 'language' ? langLabel(value) : value} (${count})`;
        if (name === focusFacet && value === focusValue) toFocus = b;
        const li = el('li');
        li.append(b);
        ul.append(li);
      }
      sec.append(h, ul);
      frag.append(sec);
    });
    els.facetList.replaceChildren(frag);
    els.clear.hidden = state.filters.size === 0;
    if (toFocus) toFocus.focus();
  }

  // ---------- document view ----------

  function queryTerms(q) {
    return q.split(/[\s"'“”‘’()（）,，.。;；:：!！?？、+|*]+/u)
      .map((t) => t.replace(/^-+/, ''))
      .filter((t) => t && !/^(AND|OR|NOT)$/.test(t));
  }

  // Words to highlight: the query's words plus whatever the server marked in the hit.
  function highlightTerms(hit) {
    const terms = new Set(queryTerms(state.q).map((t) => t.toLowerCase()));
    if (hit) {
      const html = [hit.title_html || '', ...(Array.isArray(hit.snippets) ? hit.snippets : [])].join(' ');
      const parsed = new DOMParser().parseFromString(html, 'text/html');   // inert document
      for (const m of parsed.querySelectorAll('mark')) {
        const t = m.textContent.trim().toLowerCase();
        if (t) terms.add(t);
      }
    }
    return [...terms].sort((a, b) => b.length - a.length).slice(0, 64);
  }

  // Text with matches wrapped in <mark>, built from text nodes only.
  function highlight(text, terms) {
    const frag = document.createDocumentFragment();
    if (!terms.length) {
      frag.append(text);
      return frag;
    }
    const re = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'giu');
    let last = 0;
    for (const m of text.matchAll(re)) {
      if (m.index > last) frag.append(text.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.textContent = m[0];
      frag.append(mark);
      last = m.index + m[0].length;
    }
    if (last < text.length) frag.append(text.slice(last));
    return frag;
  }

  async function openDocument(id) {
    els.resultsView.hidden = true;
    els.docView.hidden = false;
    if (shownDoc === id) return;
    shownDoc = id;
    const hit = hitsById.get(id);
    const seq = ++docSeq;
    if (docCtl) docCtl.abort();
    const ctl = docCtl = new AbortController();
    els.docTitle.textContent = (hit && hit.title) || 'Loading… 加载中…';
    els.docMeta.textContent = hit ? metaText(hit) : '';
    els.docText.replaceChildren();
    window.scrollTo(0, 0);
    els.docTitle.focus();
    try {
      const doc = await getJson('/api/documents/' + id.split('/').map(encodeURIComponent).join('/'), ctl.signal);
      if (seq !== docSeq) return;
      const terms = highlightTerms(hit);
      els.docTitle.replaceChildren(highlight(String(doc.title || doc.id || id), terms));
      els.docMeta.textContent = [metaText(doc), doc.id].filter(Boolean).join(' · ');
      els.docText.replaceChildren(highlight(String(doc.text ?? ''), terms));
    } catch (err) {
      if (seq !== docSeq || err.name === 'AbortError') return;
      shownDoc = null;
      els.docTitle.textContent = 'Document unavailable 文档不可用';
      showError(err.message);
    }
  }

  function showResults() {
    if (!els.resultsView.hidden) return;
    els.docView.hidden = true;
    els.resultsView.hidden = false;
    const prev = shownDoc;
    shownDoc = null;
    ++docSeq;
    if (docCtl) docCtl.abort();
    // Return focus to the title that opened the document.
    const link = [...els.results.querySelectorAll('a.hit-title')].find((a) => a.dataset.id === prev);
    if (link) link.focus();
  }

  function backToResults() {
    if (history.state && history.state.fromResults) history.back();
    else navigate(withState({ doc: null }));
  }

  // ---------- events ----------

  function typedSearch() {
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => {
      if (els.q.value === state.q && !state.doc) return;
      navigate(withState({ q: els.q.value, page: 1, doc: null }), typingPushed ? 'replace' : 'push', null, true);
      typingPushed = true;
    }, DEBOUNCE_MS);
  }

  els.q.addEventListener('input', (e) => {
    if (!e.isComposing) typedSearch();      // wait for the IME (pinyin) to finish
  });
  els.q.addEventListener('compositionend', typedSearch);

  els.form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(debounceTimer);
    navigate(withState({ q: els.q.value, page: 1, doc: null }));
  });

  els.sort.addEventListener('change', () => {
    navigate(withState({ sort: els.sort.value === 'date' ? 'date' : 'relevance', page: 1, doc: null }));
  });

  els.facetList.addEventListener('click', (e) => {
    const b = e.target.closest('button.facet-value');
    if (!b) return;
    const name = b.closest('.facet').dataset.facet;
    const value = b.dataset.value;
    const filters = new Map(state.filters);
    const cur = filters.get(name) || [];
    const on = !cur.includes(value);
    const nextValues = on ? [...cur, value] : cur.filter((v) => v !== value);
    if (nextValues.length) filters.set(name, nextValues);
    else filters.delete(name);
    b.setAttribute('aria-pressed', String(on));   // immediate feedback
    navigate(withState({ filters, page: 1, doc: null }));
  });

  els.clear.addEventListener('click', () => {
    navigate(withState({ filters: new Map(), page: 1, doc: null }));
    els.facetsHeading.focus();
  });

  const goToPage = (page) => {
    navigate(withState({ page, doc: null }));
    window.scrollTo(0, 0);
  };
  els.prev.addEventListener('click', () => goToPage(Math.max(1, state.page - 1)));
  els.next.addEventListener('click', () => goToPage(state.page + 1));

  els.results.addEventListener('click', (e) => {
    const a = e.target.closest('a.hit-title');
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    clearTimeout(debounceTimer);
    navigate(withState({ doc: a.dataset.id }), 'push', { fromResults: true });
  });

  els.back.addEventListener('click', backToResults);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !els.docView.hidden && e.target !== els.q) backToResults();
  });

  window.addEventListener('popstate', () => {
    clearTimeout(debounceTimer);
    typingPushed = false;
    state = parseState(location.search);
    apply();
  });

  apply();
})();
