package vn.ocop.workflow.dashboard;

import java.util.List;

/**
 * One table of a dashboard view, as shown in Cockpit and written to the export: a Vietnamese title, the
 * headers and the rows. A cell is a String, a Number, a LocalDate or a {@link Link} to a list.
 */
record Table(String title, List<String> headers, List<List<Object>> rows) {

  /** A number or text that opens a list: {@code list} is the view and its parameters (a query string). */
  record Link(Object value, String list, String instanceId) {

    static Link toList(Object value, String list) {
      return new Link(value, list, null);
    }

    static Link toInstance(Object value, String instanceId) {
      return new Link(value, null, instanceId);
    }
  }
}
