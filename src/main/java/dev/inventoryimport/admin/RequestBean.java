package dev.inventoryimport.admin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.inventoryimport.admin.view.BodyFormat;
import dev.inventoryimport.admin.view.Messages;
import dev.inventoryimport.imports.RequestSearch;
import dev.inventoryimport.intake.PushLine;
import dev.inventoryimport.intake.PushReader;
import dev.inventoryimport.intake.PushRejected;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One request: its fields, the body as received (indented, escaped), its lines, its error. */
@Named
@ViewScoped
public class RequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestSearch search;

    @Inject
    ConsoleActions actions;

    private Long id;
    private RequestSearch.Detail detail;
    private String prettyBody;
    private List<PushLine> lines = List.of();
    private String linesError;

    /** The view action: loads the request named by the {@code id} parameter. */
    public void load() {
        detail = id == null ? null : search.detail(id).orElse(null);
        if (detail == null) {
            return;
        }
        actions.opened(id);
        prettyBody = BodyFormat.pretty(detail.body());
        try {
            lines = PushReader.read(detail.row().contract(), detail.body().getBytes(StandardCharsets.UTF_8),
                    Integer.MAX_VALUE).lines();
        } catch (PushRejected e) {
            linesError = e.getMessage();
        }
    }

    public void processNow() {
        var outcome = actions.processNow(List.of(id));
        Messages.info(outcome.queued().isEmpty() ? "Request " + id + " is neither Pending nor Failed: not queued"
                : "Request " + id + " queued for processing");
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestSearch.Detail getDetail() {
        return detail;
    }

    public String getPrettyBody() {
        return prettyBody;
    }

    public List<PushLine> getLines() {
        return lines;
    }

    public String getLinesError() {
        return linesError;
    }
}
