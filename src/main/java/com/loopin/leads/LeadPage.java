package com.loopin.leads;

import java.util.Iterator;
import java.util.List;

/**
 * One page of leads without counting every match: the total is counted up to {@link #COUNT_CAP}, so a page costs
 * the same with a thousand leads or a million ("10,000+ leads").
 */
public final class LeadPage implements Iterable<LeadView> {

    public static final int COUNT_CAP = 10_000;

    private final List<LeadView> content;
    private final int number;
    private final int size;
    private final boolean hasNext;
    private final long counted;

    LeadPage(List<LeadView> content, int number, int size, boolean hasNext, long counted) {
        this.content = List.copyOf(content);
        this.number = number;
        this.size = size;
        this.hasNext = hasNext;
        this.counted = counted;
    }

    @Override
    public Iterator<LeadView> iterator() {
        return content.iterator();
    }

    public List<LeadView> getContent() {
        return content;
    }

    public boolean isEmpty() {
        return content.isEmpty();
    }

    public int getNumber() {
        return number;
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return hasNext;
    }

    /** How many leads match, or {@link #COUNT_CAP} when there are more. */
    public long getTotalElements() {
        return Math.min(counted, COUNT_CAP);
    }

    /** True when more leads match than were counted. */
    public boolean isTotalCapped() {
        return counted > COUNT_CAP;
    }

    /** Pages, when the total is known; null when it was capped. */
    public Long getTotalPages() {
        return isTotalCapped() ? null : Math.max(1, (counted + size - 1) / size);
    }
}
