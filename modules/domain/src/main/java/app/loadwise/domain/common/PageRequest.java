package app.loadwise.domain.common;

/** A zero-based page of a stably ordered list. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;
    /** The largest offset (page x size) accepted: offset + size still fits an int, as JPA and Jakarta Batch take them. */
    public static final int MAX_OFFSET = Integer.MAX_VALUE - MAX_SIZE;

    public PageRequest {
        InvalidValueException.require(page >= 0, "page", "page must be 0 or more");
        InvalidValueException.require(size >= 1 && size <= MAX_SIZE, "size", "size must be between 1 and " + MAX_SIZE);
        // page x size is the offset of the first item; past the largest offset a query can take no list reaches
        InvalidValueException.require((long) page * size <= MAX_OFFSET, "page",
                "page is too large: page x size must be at most " + MAX_OFFSET);
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
