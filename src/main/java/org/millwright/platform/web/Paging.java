package org.millwright.platform.web;

import org.millwright.platform.PlatformSettings;
import org.millwright.platform.error.InvalidRequestException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Validates {@code page} and {@code size} parameters against the configured maximum page size. */
@Component
public class Paging {

    private final int maxSize;

    Paging(PlatformSettings settings) {
        this.maxSize = settings.limits().maxPageSize();
    }

    public Pageable of(int page, int size, Sort sort) {
        if (page < 0) {
            throw new InvalidRequestException("error.page-negative");
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidRequestException("error.page-size", maxSize);
        }
        return PageRequest.of(page, size, sort);
    }
}
