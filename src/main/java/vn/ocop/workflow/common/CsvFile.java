package vn.ocop.workflow.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;

/**
 * A small reference-data CSV file: UTF-8, one header line, comma-separated fields without quoting,
 * {@code #} comment lines. Text is normalised to NFC so that names typed with combining diacritics
 * compare equal to precomposed ones. Every defect names the file and the line.
 */
public final class CsvFile {

  /** One data line: its fields (trimmed, NFC) and its line number in the file. */
  public record Row(int lineNumber, List<String> fields) {

    public String get(int index) {
      return fields.get(index);
    }
  }

  private CsvFile() {
  }

  /** Reads every data row; fails unless the header is exactly {@code header}. */
  public static List<Row> read(Resource resource, String header) {
    int columns = header.split(",", -1).length;
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      boolean headerSeen = false;
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String trimmed = (lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          if (!trimmed.equals(header)) {
            throw defect(resource, lineNumber, "expected the header '" + header + "'");
          }
          headerSeen = true;
          continue;
        }
        String[] fields = trimmed.split(",", -1);
        if (fields.length != columns) {
          throw defect(resource, lineNumber,
              "expected " + columns + " fields (" + header + "), found " + fields.length);
        }
        List<String> values = new ArrayList<>(columns);
        for (String field : fields) {
          values.add(Normalizer.normalize(field.trim(), Normalizer.Form.NFC));
        }
        rows.add(new Row(lineNumber, List.copyOf(values)));
      }
      if (rows.isEmpty()) {
        throw new IllegalStateException(resource.getDescription() + " has no data rows");
      }
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + resource.getDescription(), e);
    }
  }

  /** An error for a defect found in one row, naming the file and the line. */
  public static IllegalStateException defect(Resource resource, int lineNumber, String what) {
    return new IllegalStateException(resource.getDescription() + " line " + lineNumber + ": " + what);
  }
}
