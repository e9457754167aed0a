package vn.ocop.workflow.dashboard;

import java.util.List;

/**
 * A dashboard view: its tables, and the chart drawn from one of them ({@code chartTable}: index of the
 * table, its first column the labels, the columns {@code chartColumns} the series; -1: no chart).
 */
record View(String name, String title, List<Table> tables, int chartTable, List<Integer> chartColumns) {

  static View withoutChart(String name, String title, List<Table> tables) {
    return new View(name, title, tables, -1, List.of());
  }
}
