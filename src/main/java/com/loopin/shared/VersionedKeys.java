package com.loopin.shared;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys that can be rotated, as settings write them: {@code 2:BASE64,1:BASE64}, each a version and the key in Base64,
 * the current one first. A new key is rolled out by putting it first; an old one is removed once nothing needs it.
 */
public final class VersionedKeys {

    private VersionedKeys() {}

    /**
     * @param entries the {@code VERSION:BASE64} entries, the current first
     * @param setting the setting's name, for the message when an entry is malformed
     * @param minBytes the shortest key allowed
     * @param maxBytes the longest key allowed
     * @return the keys by version, in the order given
     * @throws IllegalStateException naming the setting, when an entry is malformed or a version repeats
     */
    public static Map<Integer, byte[]> parse(List<String> entries, String setting, int minBytes, int maxBytes) {
        Map<Integer, byte[]> keys = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] parts = entry.strip().split(":", 2);
            try {
                int version = Integer.parseInt(parts[0].strip());
                byte[] key = Base64.getDecoder().decode(parts[1].strip());
                if (version < 1 || key.length < minBytes || key.length > maxBytes || keys.containsKey(version)) {
                    throw new IllegalArgumentException();
                }
                keys.put(version, key);
            } catch (RuntimeException e) {
                String size = minBytes == maxBytes ? minBytes + " random bytes" : minBytes + " random bytes or more";
                throw new IllegalStateException(setting + " must be VERSION:BASE64 pairs separated by commas, each"
                        + " version a distinct positive number, each key " + size + " (openssl rand -base64 32),"
                        + " the current key first");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException(setting + " lists no key");
        }
        return Collections.unmodifiableMap(keys);
    }
}
