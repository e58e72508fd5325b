package dev.inventoryimport.admin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.inventoryimport.admin.view.BodyFormat;
import dev.inventoryimport.admin.view.Messages;
import dev.inventoryimport.intake.PushRejected;
import dev.inventoryimport.intake.readers.PushReader;
import dev.inventoryimport.requests.PushLine;
import dev.inventoryimport.requests.RequestSearch;
import dev.inventoryimport.requests.RequestStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

/** One request: its fields, the body as received (indented, escaped), its lines, its error. */
@Named
@ViewScoped
public class RequestBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_POLLS = 60;

    @Inject
    RequestSearch search;

    @Inject
    ConsoleActions actions;

    private Long id;
    private RequestSearch.Detail detail;
    private String prettyBody;
    private List<PushLine> lines = List.of();
    private String linesError;
    private String queuedAs;
    private int polls;

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
        String before = detail == null ? null : state();
        var outcome = actions.processNow(List.of(id));
        Messages.info(outcome.queued().isEmpty() ? "Request " + id + " is neither Pending nor Failed: not queued"
                : "Request " + id + " queued for processing");
        load();
        if (!outcome.queued().isEmpty() && before != null) {
            // The import runs on its own: the page asks again each second until it has run.
            queuedAs = before;
            polls = 0;
            PrimeFaces.current().executeScript("PF('awaitResult').start()");
        }
    }

    /**
     * The poll started by Process now: reloads the request, and stops once the import has run (the
     * request changed and is no longer Pending; a requeued Failed request is Pending meanwhile), or
     * after a while.
     */
    public void refresh() {
        load();
        polls++;
        boolean ran = detail == null
                || detail.row().status() != RequestStatus.PENDING && !state().equals(queuedAs);
        if (ran || polls >= MAX_POLLS) {
            queuedAs = null;
            PrimeFaces.current().executeScript("PF('awaitResult').stop()");
        }
    }

    /** What changes when the request has been processed again: its status, attempts and processed time. */
    private String state() {
        return detail.row().status() + "/" + detail.attempts() + "/" + detail.row().processedAt();
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
