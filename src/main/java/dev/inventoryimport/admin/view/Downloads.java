package dev.inventoryimport.admin.view;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Streams a file into the response of a Faces action, row by row, instead of a page. */
public final class Downloads {

    /** Writes the rows; called once with the response's writer. */
    public interface CsvRows {
        void write(Csv csv);
    }

    private Downloads() {
    }

    public static void csv(String fileName, CsvRows rows) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(external.getResponseOutputStream(),
                    StandardCharsets.UTF_8), 64 * 1024);
            rows.write(new Csv(out));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("CSV export " + fileName + " interrupted", e);
        }
        faces.responseComplete();
    }
}
