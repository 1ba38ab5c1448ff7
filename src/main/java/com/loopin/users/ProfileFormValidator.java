package com.loopin.users;

import com.loopin.shared.FieldError;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.PhoneNumberRefusedException;
import com.loopin.shared.PhoneNumbers;
import com.loopin.shared.ValidationFailedException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The profile rules (docs/phone-authentication.md), checked all at once so the app can show every problem together. */
class ProfileFormValidator {

    static final int MIN_AGE = 18;
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    static final Set<String> GENDERS = Set.of("male", "female", "other");

    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '’-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_URL_LENGTH = 2048;

    private final PhoneNumbers phoneNumbers;

    ProfileFormValidator(PhoneNumbers phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
    }

    /**
     * @param caller the number of the user sending the form
     * @param today today in the business time zone
     * @param activeInterestIds which of the requested interest ids exist and are active
     */
    ValidProfile validate(
            CompleteProfileRequest request, PhoneNumber caller, LocalDate today, Set<Long> activeInterestIds) {
        List<FieldError> errors = new ArrayList<>();
        checkPhoneNumber(request.phoneNumber(), caller, errors);
        String name = name(request.name(), errors);
        LocalDate birthDate = birthDate(request.birthDate(), today, errors);
        String gender = gender(request.gender(), errors);
        List<Long> interests = interests(request.eventInterests(), activeInterestIds, errors);
        List<String> pictures = pictures(request.profilePictures(), errors);
        String bio = optionalText("bio", request.bio(), 500, errors);
        String location = optionalText("location", request.location(), 100, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new ValidProfile(name, birthDate, gender, interests, pictures, bio, location);
    }

    private void checkPhoneNumber(String phoneNumber, PhoneNumber caller, List<FieldError> errors) {
        if (phoneNumber == null || phoneNumber.isBlank()) {
            return;
        }
        try {
            if (!phoneNumbers.parse(phoneNumber).equals(caller)) {
                errors.add(new FieldError("phone_number", "Does not match the number you signed in with."));
            }
        } catch (PhoneNumberRefusedException e) {
            errors.add(new FieldError("phone_number", e.getMessage()));
        }
    }

    private static String name(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError("name", "Name is required."));
            return null;
        }
        String name = SPACES.matcher(raw.strip()).replaceAll(" ");
        int length = name.codePointCount(0, name.length());
        if (length < 3 || length > 100) {
            errors.add(new FieldError("name", "Name must be 3 to 100 characters long."));
        } else if (!NAME.matcher(name).matches()) {
            errors.add(new FieldError(
                    "name",
                    "Name may contain only letters, spaces, hyphens and apostrophes, and must start with a letter."));
        }
        return name;
    }

    private static LocalDate birthDate(String raw, LocalDate today, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError("birth_date", "Birth date is required."));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("birth_date", "Birth date must be a real date in the form YYYY-MM-DD."));
            return null;
        }
        if (date.isAfter(today)) {
            errors.add(new FieldError("birth_date", "Birth date cannot be in the future."));
        } else if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            errors.add(new FieldError("birth_date", "Birth date must be on or after 1900-01-01."));
        } else if (date.plusYears(MIN_AGE).isAfter(today)) {
            errors.add(new FieldError("birth_date", "You must be at least 18 years old."));
        }
        return date;
    }

    private static String gender(String raw, List<FieldError> errors) {
        String gender = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!GENDERS.contains(gender)) {
            errors.add(new FieldError("gender", "Gender must be one of: male, female, other."));
        }
        return gender;
    }

    private static List<Long> interests(List<Long> ids, Set<Long> activeIds, List<FieldError> errors) {
        if (ids == null || ids.isEmpty()) {
            errors.add(new FieldError("event_interests", "Choose at least 1 event interest."));
            return List.of();
        }
        if (ids.size() > 5) {
            errors.add(new FieldError("event_interests", "Choose at most 5 event interests."));
            return List.of();
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError("event_interests", "Event interest ids cannot be null."));
            return List.of();
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            errors.add(new FieldError("event_interests", "Each event interest may be chosen only once."));
        }
        List<Long> unknown =
                ids.stream().filter(id -> !activeIds.contains(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(
                    "event_interests",
                    "These event interests do not exist or are not available: "
                            + unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "."));
        }
        return ids;
    }

    private static List<String> pictures(List<String> urls, List<FieldError> errors) {
        if (urls == null || urls.isEmpty()) {
            errors.add(new FieldError("profile_pictures", "Add at least 1 profile picture."));
            return List.of();
        }
        if (urls.size() > 6) {
            errors.add(new FieldError("profile_pictures", "Add at most 6 profile pictures."));
            return List.of();
        }
        List<String> pictures = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i) == null ? "" : urls.get(i).strip();
            if (!isWebUrl(url)) {
                errors.add(new FieldError("profile_pictures[" + i + "]", "Must be an absolute http or https URL."));
            }
            pictures.add(url);
        }
        return pictures;
    }

    private static boolean isWebUrl(String url) {
        if (url.isEmpty() || url.length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String optionalText(String field, String raw, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(new FieldError(field, "Must be at most " + max + " characters long."));
        }
        return text;
    }
}
