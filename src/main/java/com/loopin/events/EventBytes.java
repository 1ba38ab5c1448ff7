package com.loopin.events;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An event's row as one array of bytes, as {@link KeptEvents} keeps it: about a third of what the row's objects take on
 * the heap (its texts, times, records and lists each an object of their own). The distance of a list near a point is
 * not kept.
 */
final class EventBytes {

    /** The zones events are in: a handful, one object each for every event read back. */
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private EventBytes() {}

    /** The row's bytes; empty when a text is too long to be written this way (over 65,535 bytes: kept, never). */
    static Optional<byte[]> of(Event event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(384);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            EventSpec spec = event.spec();
            Venue venue = spec.venue();
            out.writeUTF(event.id());
            out.writeLong(event.hostId());
            out.writeByte(event.status().ordinal());
            out.writeUTF(spec.title());
            text(out, spec.description());
            out.writeByte(spec.interests().size());
            for (long interest : spec.interests()) {
                out.writeLong(interest);
            }
            instant(out, spec.startsAt());
            instant(out, spec.endsAt());
            out.writeUTF(spec.timeZone().getId());
            out.writeBoolean(venue.online());
            text(out, venue.name());
            text(out, venue.address());
            text(out, venue.area());
            text(out, venue.city());
            text(out, venue.countryCode());
            number(out, venue.latitude());
            number(out, venue.longitude());
            text(out, venue.joinUrl());
            out.writeInt(spec.capacity() == null ? -1 : spec.capacity());
            out.writeUTF(spec.admission());
            out.writeUTF(spec.audience());
            out.writeInt(spec.maxSeatsPerRequest());
            out.writeUTF(spec.visibility());
            out.writeByte(spec.coverPictures().size());
            for (String cover : spec.coverPictures()) {
                out.writeUTF(cover);
            }
            out.writeLong(spec.pricePaise());
            out.writeInt(event.seatsTaken());
            text(out, event.cancelReason());
            text(out, event.cancelledBy());
            instant(out, event.cancelledAt());
            instant(out, event.publishedAt());
            instant(out, event.completedAt());
            instant(out, event.createdAt());
            instant(out, event.updatedAt());
        } catch (UTFDataFormatException tooLong) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(bytes.toByteArray());
    }

    static Event event(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String id = in.readUTF();
            long hostId = in.readLong();
            EventStatus status = EventStatus.values()[in.readByte()];
            String title = in.readUTF();
            String description = text(in);
            Long[] interests = new Long[in.readByte()];
            for (int i = 0; i < interests.length; i++) {
                interests[i] = in.readLong();
            }
            Instant startsAt = instant(in);
            Instant endsAt = instant(in);
            ZoneId zone = ZONES.computeIfAbsent(in.readUTF(), ZoneId::of);
            Venue venue = new Venue(
                    in.readBoolean(),
                    text(in),
                    text(in),
                    text(in),
                    text(in),
                    text(in),
                    number(in),
                    number(in),
                    text(in));
            int capacity = in.readInt();
            String admission = in.readUTF();
            String audience = in.readUTF();
            int maxSeatsPerRequest = in.readInt();
            String visibility = in.readUTF();
            String[] covers = new String[in.readByte()];
            for (int i = 0; i < covers.length; i++) {
                covers[i] = in.readUTF();
            }
            EventSpec spec = new EventSpec(
                    title,
                    description,
                    List.of(interests),
                    startsAt,
                    endsAt,
                    zone,
                    venue,
                    capacity < 0 ? null : capacity,
                    admission,
                    audience,
                    maxSeatsPerRequest,
                    visibility,
                    List.of(covers),
                    in.readLong());
            return new Event(
                    id,
                    hostId,
                    status,
                    spec,
                    in.readInt(),
                    text(in),
                    text(in),
                    instant(in),
                    instant(in),
                    instant(in),
                    instant(in),
                    instant(in),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void number(DataOutputStream out, Double number) throws IOException {
        out.writeBoolean(number != null);
        if (number != null) {
            out.writeDouble(number);
        }
    }

    private static Double number(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    private static void instant(DataOutputStream out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
