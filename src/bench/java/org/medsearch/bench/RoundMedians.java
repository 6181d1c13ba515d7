package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The figures of several rounds of one phase as one set of figures, field by field on their JSON
 * form, so every figures record gets the same rule: each number is the median of the rounds'
 * values (a count of errors is their sum: an error in any round is reported), each flag is true
 * only when it is true in every round, and text is the first round's. Lists combine element by
 * element; a value missing from some rounds combines those that have it.
 */
final class RoundMedians {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String SUMMED = "errors";

  private RoundMedians() {}

  static JsonNode of(List<JsonNode> rounds) {
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("no rounds");
    }
    return combine(null, rounds);
  }

  private static JsonNode combine(String field, List<JsonNode> values) {
    if (values.stream().anyMatch(v -> v == null || v.isNull())) {
      List<JsonNode> present = values.stream().filter(v -> v != null && !v.isNull()).toList();
      return present.isEmpty() ? NODES.nullNode() : combine(field, present);
    }
    JsonNode first = values.getFirst();
    if (values.stream().allMatch(JsonNode::isNumber)) {
      return number(field, values);
    }
    if (values.stream().allMatch(JsonNode::isBoolean)) {
      return NODES.booleanNode(values.stream().allMatch(JsonNode::booleanValue));
    }
    if (values.stream().allMatch(JsonNode::isObject)) {
      ObjectNode out = NODES.objectNode();
      for (Iterator<String> names = first.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        out.set(name, combine(name, values.stream().map(v -> v.get(name)).toList()));
      }
      return out;
    }
    if (values.stream().allMatch(JsonNode::isArray)) {
      ArrayNode out = NODES.arrayNode();
      int size = values.stream().mapToInt(JsonNode::size).min().orElse(0);
      for (int i = 0; i < size; i++) {
        int at = i;
        out.add(combine(field, values.stream().map(v -> v.get(at)).toList()));
      }
      return out;
    }
    return first;
  }

  private static JsonNode number(String field, List<JsonNode> values) {
    boolean integral = values.stream().allMatch(JsonNode::isIntegralNumber);
    if (Objects.equals(field, SUMMED)) {
      return integral ? NODES.numberNode(values.stream().mapToLong(JsonNode::longValue).sum())
          : NODES.numberNode(values.stream().mapToDouble(JsonNode::doubleValue).sum());
    }
    double median = median(values.stream().map(JsonNode::doubleValue).toList());
    return integral ? NODES.numberNode(Math.round(median)) : NODES.numberNode(median);
  }

  /** The middle value; of an even count, the mean of the two middle ones. */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
