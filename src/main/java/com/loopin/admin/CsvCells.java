package com.loopin.admin;

/**
 * CSV cells that a spreadsheet cannot run: a cell that starts with {@code = + - @} or a tab or carriage return
 * is a formula to Excel and LibreOffice, so it gets a leading apostrophe (OWASP, "CSV Injection"). Phone
 * numbers therefore read {@code '+91…} in a spreadsheet. Numbers (amounts) are written as they are.
 */
final class CsvCells {

    private CsvCells() {}

    static String cell(Object value) {
        if (value instanceof Number number) {
            // a number is not a formula: money out (-500.00) stays a number a spreadsheet can add up
            return number instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static String row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",").append(cell(values[i]));
        }
        return line.append("\r\n").toString();
    }
}
