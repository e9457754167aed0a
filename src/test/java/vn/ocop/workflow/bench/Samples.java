package vn.ocop.workflow.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Measured values and their order statistics (nearest-rank percentiles). */
final class Samples {

  private final List<Double> values = new ArrayList<>();

  Samples() {
  }

  Samples(Collection<Double> values) {
    this.values.addAll(values);
  }

  void add(double value) {
    values.add(value);
  }

  int size() {
    return values.size();
  }

  List<Double> values() {
    return List.copyOf(values);
  }

  double percentile(double p) {
    if (values.isEmpty()) {
      throw new IllegalStateException("No samples");
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  double median() {
    if (values.isEmpty()) {
      throw new IllegalStateException("No samples");
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  double min() {
    return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  double max() {
    return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }
}
