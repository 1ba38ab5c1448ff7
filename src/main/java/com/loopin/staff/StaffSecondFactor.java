package com.loopin.staff;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.loopin.shared.Actor;
import com.loopin.shared.AppProperties;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.staff.StaffAccountChanged.What;
import io.nayuki.qrcodegen.QrCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff console's second factor: TOTP (RFC 6238: 6 digits, 30 s, HMAC-SHA1, what every authenticator app
 * reads from the QR code) and ten single-use recovery codes. A code is accepted once: the time step it belongs to
 * is recorded, and only a later one is accepted next. Wrong codes lock the account like wrong passwords, on a count
 * of their own that a right password does not reset.
 */
@Service
public class StaffSecondFactor implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StaffSecondFactor.class);
    private static final String ISSUER = "Loopin staff";
    private static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final StaffUserRepository staff;
    private final SecretBox box;
    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();
    private final boolean requiredForEveryone;
    private final boolean production;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StaffSecondFactor(
            StaffUserRepository staff,
            AppProperties app,
            StaffConfiguration.SecondFactorSettings settings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.staff = staff;
        this.box = SecretBox.of(settings.totpKeys(), app.phoneHashSecret(), app.isProduction());
        this.requiredForEveryone = settings.require2fa();
        this.production = app.isProduction();
        this.clock = clock;
        this.events = events;
    }

    /**
     * Once the schema is migrated: seals every secret anew under the current key (a new key in {@code
     * STAFF_TOTP_KEYS}, or a secret of an earlier release), so the old key can be removed. Instances starting
     * together may both do it; each result opens under the same keys.
     */
    @Override
    public void afterSingletonsInstantiated() {
        int resealed = 0;
        for (var sealed : staff.sealedSecrets().entrySet()) {
            try {
                String fresh = box.resealed(sealed.getValue());
                if (fresh != null && staff.replaceSealedSecret(sealed.getKey(), sealed.getValue(), fresh)) {
                    resealed++;
                }
            } catch (IllegalStateException e) {
                // the member cannot use their authenticator until the key is listed again or their 2FA is reset
                log.warn("Staff account {}: {}", sealed.getKey(), e.getMessage());
            }
        }
        if (resealed > 0) {
            log.info("Sealed {} staff second-factor secrets anew under the current key", resealed);
        }
    }

    /** A secret being enrolled, shown once: as text, as an {@code otpauth://} URI and as a QR code (SVG). */
    public record Enrolment(String secret, String uri, String qrSvg) {
        @Override
        public String toString() {
            return "Enrolment[...]";
        }
    }

    @Transactional(readOnly = true)
    public boolean enrolled(long staffId) {
        return staff.secondFactorEnabled(staffId);
    }

    /** Whether an enrolment was started and not confirmed yet. */
    @Transactional(readOnly = true)
    public boolean pending(long staffId) {
        return staff.sealedSecret(staffId, false).isPresent();
    }

    /** Whether a sign-in with the right password must still pass a second step (or set one up first). */
    @Transactional(readOnly = true)
    public boolean due(StaffView account) {
        return enrolled(account.id()) || required(account);
    }

    /** Superusers in production, everyone with {@code STAFF_REQUIRE_2FA=true}. */
    public boolean required(StaffView account) {
        return requiredForEveryone || (production && account.role() == StaffRole.SUPERUSER);
    }

    /** Starts (or restarts) an enrolment: a new secret, not in force until a code from it is confirmed. */
    @Transactional
    public Enrolment begin(StaffView account) {
        if (enrolled(account.id())) {
            throw new ChangeRefusedException("A second factor is already set up; a superuser can reset it.");
        }
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        staff.beginEnrolment(account.id(), box.seal(secret));
        String text = new Base32().encodeToString(secret).replace("=", "");
        String label = URLEncoder.encode(ISSUER + ":" + account.username(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + text + "&issuer="
                + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=6&period=30";
        return new Enrolment(text, uri, svg(QrCode.encodeText(uri, QrCode.Ecc.MEDIUM)));
    }

    /**
     * Confirms the enrolment with a code from the app: the second factor is in force from now on.
     *
     * @return the recovery codes, in clear this once
     * @throws ChangeRefusedException when the code is not right
     */
    @Transactional(noRollbackFor = ChangeRefusedException.class)
    public List<String> confirm(StaffView account, String code) {
        long staffId = account.id();
        String sealed = staff.sealedSecret(staffId, false)
                .orElseThrow(() -> new ChangeRefusedException("Start the set-up again."));
        Long step = matchingStep(box.open(sealed), code);
        if (step == null) {
            throw new ChangeRefusedException("That code is not right. Check the time on your phone and try again.");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(recoveryCode());
        }
        staff.enableSecondFactor(
                staffId, step, codes.stream().map(StaffSecondFactor::sha256).toList(), clock.instant());
        events.publishEvent(new StaffAccountChanged(
                Actor.staff(account.username()), staffId, account.username(), What.SECOND_FACTOR_ENABLED));
        return codes;
    }

    /**
     * The second step of a sign-in: a current code from the app, or an unused recovery code. Each is good once.
     * A wrong one counts towards the account's lockout; a locked account is refused whatever it sends.
     */
    @Transactional
    public boolean check(long staffId, String code) {
        Instant now = clock.instant();
        var account = staff.find(staffId).orElse(null);
        if (account == null || account.isLocked(now) || code == null) {
            return false;
        }
        String given = code.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
        boolean right = given.matches("[0-9]{6}") ? acceptTotp(staffId, given) : acceptRecovery(staffId, given, now);
        if (right) {
            staff.secondFactorPassed(staffId);
        } else {
            staff.countFailedSecondFactor(staffId, StaffUser.MAX_FAILED_LOGINS, now.plus(StaffUser.LOCKOUT), now);
        }
        return right;
    }

    /** A superuser resets a member's second factor (a lost phone): they set it up again at their next sign-in. */
    @Transactional
    public void reset(Actor actor, StaffView member) {
        long staffId = member.id();
        staff.resetSecondFactor(staffId, clock.instant());
        events.publishEvent(new StaffAccountChanged(actor, staffId, member.username(), What.SECOND_FACTOR_RESET));
    }

    private boolean acceptTotp(long staffId, String code) {
        Long step = staff.sealedSecret(staffId, true)
                .map(secret -> matchingStep(box.open(secret), code))
                .orElse(null);
        return step != null && staff.takeStep(staffId, step);
    }

    private boolean acceptRecovery(long staffId, String code, Instant now) {
        return staff.useRecoveryCode(staffId, sha256(code), now);
    }

    /** The time step (previous, current or next, for clocks a little apart) whose code this is; null if none. */
    private Long matchingStep(byte[] secret, String code) {
        if (code == null || !code.strip().matches("[0-9]{6}")) {
            return null;
        }
        long period = totp.getTimeStep().toSeconds();
        long current = clock.instant().getEpochSecond() / period;
        var key = new SecretKeySpec(secret, totp.getAlgorithm());
        for (long step = current - 1; step <= current + 1; step++) {
            try {
                int expected = totp.generateOneTimePassword(key, Instant.ofEpochSecond(step * period));
                if (MessageDigest.isEqual(
                        String.format("%06d", expected).getBytes(StandardCharsets.US_ASCII),
                        code.strip().getBytes(StandardCharsets.US_ASCII))) {
                    return step;
                }
            } catch (InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    private static String sha256(String recoveryCode) {
        try {
            String normal = recoveryCode.toLowerCase(Locale.ROOT).replace("-", "");
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The QR code as an SVG drawing, one square per dark module, with a quiet zone of four. */
    private static String svg(QrCode qr) {
        int size = qr.size + 8;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + 4).append(',').append(y + 4).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"240\" height=\"240\" role=\"img\" aria-label=\"QR code for your authenticator app\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path
                + "\" fill=\"#000000\"/></svg>";
    }
}
