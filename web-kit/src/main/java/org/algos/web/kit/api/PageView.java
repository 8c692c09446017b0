package org.algos.web.kit.api;

import java.util.List;
import org.algos.domain.common.Page;

/** A page of results as the API returns it. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.items(), page.page(), page.size(), page.total());
    }
}
