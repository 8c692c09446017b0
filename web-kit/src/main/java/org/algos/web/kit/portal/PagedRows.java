package org.algos.web.kit.portal;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.algos.domain.common.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table paged in the database: each page the table shows is one service call, whose total
 * gives the paginator its count. A refused or failed call shows as a message and an empty page.
 */
public abstract class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The page of rows, {@code page} counting from 0. */
    protected abstract Page<T> page(int page, int size);

    /** A key that tells rows apart. */
    protected abstract String keyOf(T row);

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return getRowCount();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        try {
            Page<T> page = page(first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        } catch (RuntimeException e) {
            if (!Messages.report(e)) {
                throw e;
            }
            setRowCount(0);
            return List.of();
        }
    }

    @Override
    public String getRowKey(T row) {
        return keyOf(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(r -> keyOf(r).equals(rowKey)).findFirst().orElse(null);
    }

    /** A table of the pages {@code pages} gives, told apart by {@code key}. */
    public static <T> PagedRows<T> of(PageSource<T> pages, RowKey<T> key) {
        return new PagedRows<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected Page<T> page(int page, int size) {
                return pages.page(page, size);
            }

            @Override
            protected String keyOf(T row) {
                return key.of(row);
            }
        };
    }

    /** Where the pages come from; serializable, as a view-scoped bean's table is. */
    public interface PageSource<T> extends Serializable {
        Page<T> page(int page, int size);
    }

    /** What tells rows apart; serializable for the same reason. */
    public interface RowKey<T> extends Serializable {
        String of(T row);
    }
}
