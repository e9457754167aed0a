package vn.ocop.workflow.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A view as an .xlsx workbook (fastexcel, a maintained streaming writer: small, no Apache POI tree in
 * memory): one sheet per table, the title in the first row, Vietnamese headers in bold, numbers as numbers
 * and dates as dates shown dd/mm/yyyy, as province offices report.
 */
final class ExcelExport {

  static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String DATE_FORMAT = "dd/mm/yyyy";
  /** Excel's limit on a sheet name's length, and the characters it refuses in one. */
  private static final int SHEET_NAME_LENGTH = 31;

  static void write(View view, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "OCOP", "1.0");
    Set<String> names = new HashSet<>();
    for (Table table : view.tables()) {
      Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), names));
      sheet.value(0, 0, table.title());
      sheet.style(0, 0).bold().fontSize(13).set();
      for (int c = 0; c < table.headers().size(); c++) {
        sheet.value(2, c, table.headers().get(c));
        sheet.style(2, c).bold().fillColor("DDEBF7").wrapText(true).set();
        sheet.width(c, c < 2 ? 28 : 16);
      }
      int r = 3;
      for (List<Object> row : table.rows()) {
        for (int c = 0; c < row.size(); c++) {
          cell(sheet, r, c, row.get(c));
        }
        r++;
      }
    }
    workbook.finish();
  }

  private static void cell(Worksheet sheet, int r, int c, Object value) {
    Object plain = value instanceof Table.Link link ? link.value() : value;
    if (plain instanceof Number number) {
      sheet.value(r, c, number);
    } else if (plain instanceof LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format(DATE_FORMAT).set();
    } else if (plain != null) {
      sheet.value(r, c, plain.toString());
    }
  }

  static String sheetName(String title, Set<String> used) {
    String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
    if (name.length() > SHEET_NAME_LENGTH) {
      name = name.substring(0, SHEET_NAME_LENGTH).trim();
    }
    String unique = name;
    for (int i = 2; !used.add(unique.toLowerCase()); i++) {
      String suffix = " (" + i + ")";
      unique = name.substring(0, Math.min(name.length(), SHEET_NAME_LENGTH - suffix.length())) + suffix;
    }
    return unique;
  }

  private ExcelExport() {
  }
}
