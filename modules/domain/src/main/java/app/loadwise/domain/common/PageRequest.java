package app.loadwise.domain.common;

/** A zero-based page of a stably ordered list. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        InvalidValueException.require(page >= 0, "page", "page must be 0 or more");
        InvalidValueException.require(size >= 1 && size <= MAX_SIZE, "size", "size must be between 1 and " + MAX_SIZE);
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
