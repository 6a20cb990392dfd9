package app.loadwise.traininglog.importing.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * How many rows a file holds, known before it is read row by row, so a large file's check can show progress
 * against a total: for CSV the line breaks outside quotes, counted over the bytes; for .xlsx each sheet's
 * {@code <dimension>} (written by Excel, LibreOffice and POI), else its {@code <row>} elements counted up to a
 * bound. The header row is not subtracted: the figure is an estimate, and a progress shown against it stops at 99%
 * until the check is done. Never throws; -1 when the file cannot be estimated.
 */
public final class RowEstimate {

    private RowEstimate() {
    }

    /** The rows of the file, counting at most {@code bound}; -1 when unknown. */
    public static long of(Path file, long bound) {
        try {
            return FileKind.sniff(file) == FileKind.XLSX ? xlsx(file, bound) : csv(file, bound);
        } catch (RuntimeException | IOException | XMLStreamException e) {
            return -1;
        }
    }

    static long csv(Path file, long bound) throws IOException {
        long rows = 0;
        boolean quoted = false;
        int previous = '\n';
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (!quoted && (b == '\n' || b == '\r')) {
                        if (!(b == '\n' && previous == '\r')) {
                            rows++;
                        }
                    }
                    previous = b;
                }
                if (rows > bound) {
                    return bound;
                }
            }
        }
        return previous == '\n' || previous == '\r' ? rows : rows + 1;
    }

    static long xlsx(Path file, long bound) throws IOException, XMLStreamException {
        long rows = 0;
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return -1;
        }
        try {
            Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext() && rows < bound) {
                try (InputStream sheet = new BufferedInputStream(sheets.next())) {
                    rows += sheetRows(sheet, bound - rows);
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            return -1;
        } finally {
            pkg.revert();
        }
        return Math.min(rows, bound);
    }

    private static long sheetRows(InputStream sheet, long bound) throws XMLStreamException {
        XMLStreamReader xml = SheetXml.open(sheet);
        try {
            long rows = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                SheetXml.refuseDtd(event);
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("dimension".equals(name)) {
                    long fromDimension = dimensionRows(xml.getAttributeValue(null, "ref"));
                    if (fromDimension > 1) {
                        return fromDimension;
                    }
                } else if ("row".equals(name) && ++rows >= bound) {
                    return bound;
                }
            }
            return rows;
        } finally {
            xml.close();
        }
    }

    /** "A1:J1000001" holds 1,000,001 rows; "A1" one; anything else is unknown (0). */
    static long dimensionRows(String ref) {
        if (ref == null) {
            return 0;
        }
        String[] ends = ref.split(":");
        if (ends.length != 2) {
            return ends.length == 1 ? 1 : 0;
        }
        long first = rowOf(ends[0]);
        long last = rowOf(ends[1]);
        return first > 0 && last >= first ? last - first + 1 : 0;
    }

    private static long rowOf(String ref) {
        String cell = ref.replace("$", "");
        int i = 0;
        while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
            i++;
        }
        try {
            return Long.parseLong(cell.substring(i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
