package org.forumprotocol.web.page;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.faces.context.FacesContext;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The rows of a table that pages through the database rather than holding what only grows (the outbox, the audit
 * trail, the archive): each page is one query, and the count is the total of a query for one row. Paging is a
 * postback of its own, so whether the account may see the rows is asked again on every one.
 */
public final class DatabaseRows<R> extends LazyDataModel<R> {
    private static final long serialVersionUID = 1L;

    /** One page of rows and how many there are in all. */
    public record Slice<R>(List<R> rows, long total) {
    }

    /** Reads one page of the rows the table currently shows (its filter as applied). */
    @FunctionalInterface
    public interface Source<R> extends Serializable {
        Slice<R> read(int offset, int limit);
    }

    /** Whether the signed-in account may see the rows, asked on every postback. */
    @FunctionalInterface
    public interface Allowed extends Serializable {
        boolean now();
    }

    /** A row's key, by which the table finds a row again. */
    @FunctionalInterface
    public interface Key<R> extends Function<R, String>, Serializable {
    }

    private final Allowed allowed;
    private final Source<R> source;
    private final int maxPage;
    private final Key<R> key;

    /** @param maxPage the most rows the source reads at once, whatever page size the table asks for */
    public DatabaseRows(Allowed allowed, Source<R> source, int maxPage, Key<R> key) {
        this.allowed = allowed;
        this.source = source;
        this.maxPage = maxPage;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return allowed.now() ? clamp(source.read(0, 1).total()) : 0;
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (!allowed.now()) {
            return List.of();
        }
        Slice<R> slice = source.read(first, Math.min(pageSize, maxPage));
        setRowCount(clamp(slice.total()));
        return slice.rows();
    }

    @Override
    public String getRowKey(R row) {
        return key.apply(row);
    }

    /** Back to the first page of table {@code clientId}, after the filter changed. */
    public static void firstPage(String clientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    private static int clamp(long total) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }
}
