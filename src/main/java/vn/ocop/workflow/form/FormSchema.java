package vn.ocop.workflow.form;

import java.util.List;

/** A deployed Camunda Form: its id and its input fields. */
record FormSchema(String id, List<FormField> fields) {
}
