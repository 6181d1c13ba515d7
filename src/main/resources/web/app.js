// Search page for the medical-institution document search service.
// Plain ES2020, no dependencies. Security rule: only `title_html` and `snippets`
// (escaped by the server, <mark> added) go through innerHTML; everything else
// is inserted as text.
'use strict';

(() => {
  const DEFAULT_SIZE = 10;
  const MAX_SIZE = 100;
  const DEBOUNCE_MS = 200;
  const SUGGEST_DEBOUNCE_MS = 120;
  const SUGGEST_SIZE = 8;
  // Page-only parameters (never sent to /api/search as filters) and the API's own ones.
  const RESERVED = new Set(['q', 'page', 'size', 'sort', 'doc', 'lang', 'date_from', 'date_to']);
  const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
  const UI_LANGS = ['zh', 'en'];
  const LANG_STORE_KEY = 'medsearch.lang';

  // Every label of the interface, per interface language.
  const I18N = {
    zh: {
      htmlLang: 'zh-CN', title: '医疗机构文档检索', skip: '跳到结果', qLabel: '搜索文档',
      placeholder: '输入关键词', suggestions: '搜索建议', search: '搜索', sort: '排序',
      relevance: '相关度', date: '日期', filters: '筛选', showFilters: '显示筛选', hideFilters: '收起筛选', clear: '清除全部筛选', dateRange: '发布日期',
      from: '从', to: '至', results: '结果', didYouMean: '您是不是要找：', noResults: '无结果',
      noResultsHint: '请尝试其他或更少的关键词，或清除筛选条件。', pagination: '分页',
      prev: '← 上一页', next: '下一页 →', back: '← 返回结果', partOf: '所属页面：', openPage: '查看原页面',
      switchTo: 'English', switchLabel: 'Switch the interface to English', switchLang: 'en',
      count: (n, ms) => `共 ${n} 条结果（${ms} 毫秒）`, none: (ms) => `无结果（${ms} 毫秒）`,
      page: (p, n) => `第 ${p} / ${n} 页`, failed: '搜索失败', loading: '加载中…',
      unavailable: '文档不可用', network: '网络错误', invalid: '响应无效',
      facets: { language: '语言', year: '年份', source: '来源', doc_type: '类型', institution: '机构' },
      langs: { zh: '中文', en: '英文', mixed: '中英混合' },
      types: { profile: '机构简介', news: '新闻', report: '报告' },
      kinds: { title: '标题', institution: '机构', term: '词语' },
    },
    en: {
      htmlLang: 'en', title: 'Medical Institution Document Search', skip: 'Skip to results',
      qLabel: 'Search documents', placeholder: 'Enter keywords', suggestions: 'Suggestions',
      search: 'Search', sort: 'Sort', relevance: 'Relevance', date: 'Date', filters: 'Filters', showFilters: 'Show filters', hideFilters: 'Hide filters',
      clear: 'Clear all filters', dateRange: 'Publication date', from: 'From', to: 'To',
      results: 'Results', didYouMean: 'Did you mean', noResults: 'No results',
      noResultsHint: 'Try other or fewer words, or clear the filters.', pagination: 'Pagination',
      prev: '← Previous', next: 'Next →', back: '← Back to results', partOf: 'Part of page:',
      openPage: 'open the page', switchTo: '中文', switchLabel: '将界面切换为中文', switchLang: 'zh',
      count: (n, ms) => `${n} ${n === 1 ? 'result' : 'results'} (${ms} ms)`, none: (ms) => `No results (${ms} ms)`,
      page: (p, n) => `Page ${p} of ${n}`, failed: 'Search failed', loading: 'Loading…',
      unavailable: 'Document unavailable', network: 'Network error', invalid: 'Invalid response',
      facets: { language: 'Language', year: 'Year', source: 'Source', doc_type: 'Type', institution: 'Institution' },
      langs: { zh: 'Chinese', en: 'English', mixed: 'Mixed' },
      types: { profile: 'Profile', news: 'News', report: 'Report' },
      kinds: { title: 'Title', institution: 'Institution', term: 'Term' },
    },
  };

  const $ = (id) => document.getElementById(id);
  const els = {
    form: $('search-form'), q: $('q'), sort: $('sort'),
    status: $('status'), error: $('error'),
    results: $('results'), noResults: $('no-results'),
    facetsHeading: $('facets-heading'), facetList: $('facet-list'), clear: $('clear-filters'),
    prev: $('prev-page'), next: $('next-page'), pageInfo: $('page-info'),
    resultsView: $('results-view'), docView: $('document-view'),
    docTitle: $('doc-title'), docMeta: $('doc-meta'), docText: $('doc-text'), docParent: $('doc-parent'),
    back: $('back-to-results'), langSwitch: $('lang-switch'),
    dateFrom: $('date-from'), dateTo: $('date-to'),
    facets: $('facets'), filtersToggle: $('filters-toggle'),
    dymLine: $('did-you-mean-line'), dym: $('did-you-mean'), suggestions: $('suggestions'),
  };

  let state = parseState(location.search);
  let lastData = null;         // the last search response, re-rendered when the language changes
  let lastKey = null;          // API query string of the results shown (or loading)
  let searchSeq = 0;
  let searchCtl = null;
  let docSeq = 0;
  let docCtl = null;
  let shownDoc = null;         // id of the document in the panel
  let debounceTimer = 0;
  let typingPushed = false;    // the first search of a typing burst pushes, later ones replace
  const hitsById = new Map();
  const T = () => I18N[state.lang];

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
      lang: uiLang(p.get('lang')),
      q: p.get('q') ?? '',
      page: posInt(p.get('page'), 1),
      size: posInt(p.get('size'), DEFAULT_SIZE, MAX_SIZE),
      sort: p.get('sort') === 'date' ? 'date' : 'relevance',
      filters,
      dateFrom: validDate(p.get('date_from')),
      dateTo: validDate(p.get('date_to')),
      doc: p.get('doc') || null,
    };
  }

  function validDate(s) {
    return s && DATE_RE.test(s) ? s : '';
  }

  // The URL's `lang` wins, then the stored choice, then Chinese.
  function uiLang(fromUrl) {
    if (UI_LANGS.includes(fromUrl)) return fromUrl;
    let stored = null;
    try { stored = localStorage.getItem(LANG_STORE_KEY); } catch { /* storage blocked */ }
    return UI_LANGS.includes(stored) ? stored : 'zh';
  }

  // api: all parameters explicit, no page-only ones (doc, lang). Otherwise a compact page URL.
  function toParams(st, api = false) {
    const p = new URLSearchParams();
    const q = st.q.trim();
    if (api || q) p.set('q', q);
    if (api || st.page > 1) p.set('page', String(st.page));
    if (api || st.size !== DEFAULT_SIZE) p.set('size', String(st.size));
    if (api || st.sort !== 'relevance') p.set('sort', st.sort);
    for (const [k, vs] of st.filters) for (const v of vs) p.append(k, v);
    if (st.dateFrom) p.set('date_from', st.dateFrom);
    if (st.dateTo) p.set('date_to', st.dateTo);
    if (!api && st.doc) p.set('doc', st.doc);
    if (!api && st.lang !== 'zh') p.set('lang', st.lang);
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
    els.dateFrom.value = state.dateFrom;
    els.dateTo.value = state.dateTo;
    applyLang();
    updateClear();
    const key = toParams(state, true).toString();
    if (key !== lastKey) {
      lastKey = key;
      runSearch(key);
    }
    if (state.doc) openDocument(state.doc);
    else showResults();
  }

  // ---------- interface language ----------

  let shownLang = null;
  function applyLang() {
    const t = T();
    const q = state.q.trim();
    document.title = (q ? q + ' – ' : '') + t.title;
    if (shownLang === state.lang) return;
    shownLang = state.lang;
    document.documentElement.lang = t.htmlLang;
    for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t[e.dataset.i18n];
    for (const e of document.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = t[e.dataset.i18nPlaceholder];
    for (const e of document.querySelectorAll('[data-i18n-aria-label]')) e.setAttribute('aria-label', t[e.dataset.i18nAriaLabel]);
    setFiltersOpen(els.facets.classList.contains('open'));
    els.langSwitch.textContent = t.switchTo;
    els.langSwitch.lang = I18N[t.switchLang].htmlLang;
    els.langSwitch.setAttribute('aria-label', t.switchLabel);
    if (lastData) renderResults(lastData);
    if (shownDoc) {
      const id = shownDoc;
      shownDoc = null;
      if (state.doc === id) openDocument(id);
    }
  }

  function switchLang() {
    const lang = state.lang === 'zh' ? 'en' : 'zh';
    try { localStorage.setItem(LANG_STORE_KEY, lang); } catch { /* storage blocked */ }
    navigate(withState({ lang }), 'replace');
    els.langSwitch.focus();
  }

  // ---------- networking ----------

  async function getJson(url, signal) {
    let res;
    try {
      res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new Error(T().network);
    }
    let body = null;
    try { body = await res.json(); } catch { /* not JSON */ }
    if (!res.ok) {
      const err = new Error(body && typeof body.error === 'string' ? body.error : `HTTP ${res.status}`);
      err.status = res.status;
      throw err;
    }
    if (!body || typeof body !== 'object') throw new Error(T().invalid);
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
      lastData = null;
      showError(err.message);
      els.status.textContent = T().failed;
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

  const langLabel = (code) => (code ? T().langs[code] || String(code) : '');

  const typeLabel = (code) => (code ? T().types[code] || String(code) : '');
  const valueLabel = (facet, value) =>
    (facet === 'language' ? langLabel(value) : facet === 'doc_type' ? typeLabel(value) : value);

  function metaText(obj) {
    const type = typeLabel(obj.doc_type);
    return [langLabel(obj.language), type, obj.date || obj.year, obj.source]
      .filter((x) => x !== null && x !== undefined && x !== '')
      .map(String).join(' · ');
  }

  function renderResults(data) {
    lastData = data;
    const t = T();
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
    els.status.textContent = total === 0 ? t.none(took) : t.count(total, took);
    // did_you_mean comes from a newer server; absent or null: nothing shown.
    const dym = typeof data.did_you_mean === 'string' ? data.did_you_mean.trim() : '';
    els.dymLine.hidden = !dym;
    els.dym.textContent = dym;
    els.dym.href = dym ? urlFor(withState({ q: dym, page: 1, doc: null })) : '#';
    renderFacets(data.facets && typeof data.facets === 'object' ? data.facets : {});
    const pages = Math.max(1, Math.ceil(total / size));
    els.prev.disabled = state.page <= 1;
    els.next.disabled = state.page >= pages;
    els.pageInfo.textContent = t.page(state.page, pages);
  }

  function renderHit(hit) {
    const id = String(hit.id);
    const li = el('li', 'hit');
    if (hit.language) li.dataset.language = String(hit.language);
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
      h.textContent = T().facets[name] || name;
      sec.setAttribute('aria-labelledby', h.id);
      const ul = el('ul', 'facet-values');
      for (const { value, count } of values) {
        const b = el('button', 'facet-value');
        b.type = 'button';
        b.dataset.value = value;
        b.setAttribute('aria-pressed', String(active.includes(value)));
        b.textContent = `${valueLabel(name, value)} (${count})`;
        if (name === focusFacet && value === focusValue) toFocus = b;
        const li = el('li');
        li.append(b);
        ul.append(li);
      }
      sec.append(h, ul);
      frag.append(sec);
    });
    els.facetList.replaceChildren(frag);
    updateClear();
    if (toFocus) toFocus.focus();
  }

  function updateClear() {
    els.clear.hidden = state.filters.size === 0 && !state.dateFrom && !state.dateTo;
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
    els.docTitle.textContent = (hit && hit.title) || T().loading;
    els.docMeta.textContent = hit ? metaText(hit) : '';
    els.docText.replaceChildren();
    showParentLink(null);
    window.scrollTo(0, 0);
    els.docTitle.focus();
    try {
      const doc = await getJson('/api/documents/' + id.split('/').map(encodeURIComponent).join('/'), ctl.signal);
      if (seq !== docSeq) return;
      const terms = highlightTerms(hit);
      els.docTitle.replaceChildren(highlight(String(doc.title || doc.id || id), terms));
      els.docMeta.textContent = [metaText(doc), doc.id].filter(Boolean).join(' · ');
      showParentLink(doc.parent_id);
      els.docText.replaceChildren(highlight(String(doc.text ?? ''), terms));
    } catch (err) {
      if (seq !== docSeq || err.name === 'AbortError') return;
      shownDoc = null;
      els.docTitle.textContent = T().unavailable;
      showError(err.message);
    }
  }

  // An article split from a listing page links back to that page.
  function showParentLink(parentId) {
    els.docParent.hidden = !parentId;
    if (!parentId) return;
    const link = els.docParent.querySelector('a');
    link.href = urlFor(withState({ doc: parentId }));
    link.dataset.id = parentId;
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

  // ---------- suggestions (GET /api/suggest; the page works without it) ----------

  let suggestTimer = 0;
  let suggestSeq = 0;
  let suggestCtl = null;
  let suggestOff = false;      // the server has no /api/suggest (404): stop asking
  let suggestItems = [];
  let activeSuggestion = -1;

  function closeSuggestions() {
    clearTimeout(suggestTimer);
    ++suggestSeq;                // a response still on its way is no longer wanted
    if (suggestCtl) suggestCtl.abort();
    suggestItems = [];
    activeSuggestion = -1;
    els.suggestions.replaceChildren();
    els.suggestions.hidden = true;
    els.q.setAttribute('aria-expanded', 'false');
    els.q.removeAttribute('aria-activedescendant');
  }

  function querySuggestions() {
    clearTimeout(suggestTimer);
    const text = els.q.value.trim();
    if (suggestOff || !text) {
      closeSuggestions();
      return;
    }
    suggestTimer = setTimeout(async () => {
      const seq = ++suggestSeq;
      if (suggestCtl) suggestCtl.abort();
      const ctl = suggestCtl = new AbortController();
      try {
        const data = await getJson('/api/suggest?' + new URLSearchParams({ q: text, size: String(SUGGEST_SIZE) }), ctl.signal);
        if (seq !== suggestSeq || document.activeElement !== els.q) return;   // stale or unwanted
        renderSuggestions(Array.isArray(data.suggestions) ? data.suggestions : []);
      } catch (err) {
        if (err.status === 404) suggestOff = true;
        if (seq === suggestSeq && err.name !== 'AbortError') closeSuggestions();
      }
    }, SUGGEST_DEBOUNCE_MS);
  }

  function renderSuggestions(list) {
    suggestItems = list
      .filter((s) => s && typeof s.text === 'string' && s.text.trim())
      .map((s) => ({ text: s.text, kind: String(s.kind || 'term'), id: s.id == null ? null : String(s.id) }));
    activeSuggestion = -1;
    els.q.removeAttribute('aria-activedescendant');
    const frag = document.createDocumentFragment();
    suggestItems.forEach((s, i) => {
      const li = el('li', 'suggestion');
      li.id = `suggestion-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.index = String(i);
      const text = el('span', 'suggestion-text');
      text.textContent = s.text;
      const kind = el('span', 'suggestion-kind');
      kind.textContent = T().kinds[s.kind] || s.kind;
      li.append(text, kind);
      frag.append(li);
    });
    els.suggestions.replaceChildren(frag);
    const open = suggestItems.length > 0;
    els.suggestions.hidden = !open;
    els.q.setAttribute('aria-expanded', String(open));
  }

  function highlightSuggestion(i) {
    activeSuggestion = i;
    for (const li of els.suggestions.children) {
      const on = Number(li.dataset.index) === i;
      li.setAttribute('aria-selected', String(on));
      if (on) li.scrollIntoView({ block: 'nearest' });
    }
    if (i >= 0) els.q.setAttribute('aria-activedescendant', `suggestion-${i}`);
    else els.q.removeAttribute('aria-activedescendant');
  }

  // A title with a document id opens that document; anything else is searched for.
  function pickSuggestion(i) {
    const s = suggestItems[i];
    closeSuggestions();
    clearTimeout(debounceTimer);
    if (!s) return;
    if (s.kind === 'title' && s.id) {
      navigate(withState({ q: els.q.value, doc: s.id }), 'push', { fromResults: true });
    } else {
      navigate(withState({ q: s.text, page: 1, doc: null }));
    }
  }

  els.q.addEventListener('keydown', (e) => {
    const open = !els.suggestions.hidden && suggestItems.length > 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) return;
      e.preventDefault();
      const n = suggestItems.length;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      highlightSuggestion(activeSuggestion < 0 ? (step > 0 ? 0 : n - 1) : (activeSuggestion + step + n) % n);
    } else if (e.key === 'Enter' && open && activeSuggestion >= 0 && !e.isComposing) {
      e.preventDefault();
      pickSuggestion(activeSuggestion);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      closeSuggestions();
    }
  });
  // mousedown keeps the focus in the box, so the click that follows still finds the list.
  els.suggestions.addEventListener('mousedown', (e) => e.preventDefault());
  els.suggestions.addEventListener('click', (e) => {
    const li = e.target.closest('li[role="option"]');
    if (li) pickSuggestion(Number(li.dataset.index));
  });
  els.q.addEventListener('blur', closeSuggestions);

  // ---------- events ----------

  function typedSearch() {
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => {
      if (els.q.value === state.q && !state.doc) return;
      navigate(withState({ q: els.q.value, page: 1, doc: null }), typingPushed ? 'replace' : 'push', null, true);
      typingPushed = true;
    }, DEBOUNCE_MS);
  }

  const typed = () => {
    typedSearch();
    querySuggestions();
  };
  els.q.addEventListener('input', (e) => {
    if (!e.isComposing) typed();            // wait for the IME (pinyin) to finish
  });
  els.q.addEventListener('compositionend', typed);

  els.form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(debounceTimer);
    closeSuggestions();
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
    navigate(withState({ filters: new Map(), dateFrom: '', dateTo: '', page: 1, doc: null }));
    els.facetsHeading.focus();
  });

  const dateChanged = () => {
    navigate(withState({ dateFrom: validDate(els.dateFrom.value), dateTo: validDate(els.dateTo.value), page: 1, doc: null }));
  };
  els.dateFrom.addEventListener('change', dateChanged);
  els.dateTo.addEventListener('change', dateChanged);

  els.dym.addEventListener('click', (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    clearTimeout(debounceTimer);
    navigate(withState({ q: els.dym.textContent, page: 1, doc: null }));
    els.q.focus();
  });

  els.langSwitch.addEventListener('click', switchLang);

  // Phone width only (the button is hidden on wider screens): the filters fold away above the results.
  function setFiltersOpen(open) {
    els.facets.classList.toggle('open', open);
    els.filtersToggle.setAttribute('aria-expanded', String(open));
    els.filtersToggle.textContent = open ? T().hideFilters : T().showFilters;
  }
  els.filtersToggle.addEventListener('click', () => setFiltersOpen(!els.facets.classList.contains('open')));

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

  els.docParent.addEventListener('click', (e) => {
    const a = e.target.closest('a');
    if (!a || !a.dataset.id || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(withState({ doc: a.dataset.id }), 'push');
  });

  els.back.addEventListener('click', backToResults);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !els.docView.hidden && e.target !== els.q) backToResults();
  });

  window.addEventListener('popstate', () => {
    clearTimeout(debounceTimer);
    closeSuggestions();
    typingPushed = false;
    state = parseState(location.search);
    apply();
  });

  apply();
})();
