package com.loopin.payments;

import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Hosts' payout accounts: a linked account at the gateway (Route) that each payment's host share is transferred to.
 * Registering takes several calls to the gateway, each with no transaction open; each step's result is stored as it
 * comes, so a registration cut short (the gateway down) goes on from where it stopped when the host sends it again.
 * Publishing a paid event needs an activated account.
 */
@Service
class PayoutAccounts {

    private static final Pattern PAN = Pattern.compile("[A-Z]{5}[0-9]{4}[A-Z]");
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9]{9,18}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern POSTAL_CODE = Pattern.compile("[1-9][0-9]{5}");
    /** The business types the contract lists: the request body's schema is the one list, read where it is written. */
    private static final Set<String> BUSINESS_TYPES = Set.of(businessTypesOfTheSchema());

    private final PayoutAccountRepository accounts;
    private final PaymentGateway gateway;
    private final PanVault vault;
    private final BusinessTime time;
    private final Clock clock;

    PayoutAccounts(
            PayoutAccountRepository accounts, PaymentGateway gateway, PanVault vault, BusinessTime time, Clock clock) {
        this.accounts = accounts;
        this.gateway = gateway;
        this.vault = vault;
        this.time = time;
        this.clock = clock;
    }

    /** The linked account of a host whose account is activated. */
    Optional<String> activeLinkedAccount(long hostId) {
        return accounts.find(hostId).filter(PayoutAccount::activated).map(PayoutAccount::linkedAccountId);
    }

    PayoutViews.PayoutAccountView register(Caller caller, PayoutViews.PayoutAccountBody body) {
        long userId = caller.requireUser();
        if (!gateway.configured()) {
            throw new PaymentRefusedException(
                    com.loopin.shared.ErrorCode.PAID_EVENTS_UNAVAILABLE,
                    "Payments are not configured on this service.");
        }
        PaymentGateway.PayoutDetails details = checked(body);
        accounts.find(userId)
                .filter(account -> account.linkedAccountId() != null)
                .ifPresent(account -> requireUnchangeable(account, details));
        Instant now = clock.instant();
        accounts.save(masked(userId, details, now), gateway.name(), vault.seal(details.pan()), now);
        PayoutAccount stored = accounts.find(userId).orElseThrow();
        String linked = stored.linkedAccountId();
        if (linked == null) {
            linked = gateway.createLinkedAccount(details, "loopin_" + userId);
            accounts.linked(userId, linked, clock.instant());
        } else {
            gateway.updateLinkedAccount(linked, details);
        }
        var configured = gateway.configureLinkedAccount(linked, stored.productId(), details);
        accounts.status(
                userId,
                configured.productId(),
                configured.status(),
                requirements(configured.requirements()),
                clock.instant());
        return view(accounts.find(userId).orElseThrow());
    }

    /** The gateway keeps a linked account's business type and email for good. */
    private static void requireUnchangeable(PayoutAccount account, PaymentGateway.PayoutDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (!account.businessType().equals(details.businessType())) {
            errors.add(new FieldError(
                    "business_type", "It cannot change once the payout account exists: ask support for a new one."));
        }
        if (!account.email().equalsIgnoreCase(details.email())) {
            errors.add(new FieldError(
                    "email", "It cannot change once the payout account exists: ask support for a new one."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    /** The caller's account; one not yet activated is read again from the gateway (its webhook may be late). */
    Optional<PayoutViews.PayoutAccountView> mine(Caller caller) {
        long userId = caller.requireUser();
        Optional<PayoutAccount> found = accounts.find(userId);
        found.filter(account -> !account.activated() && account.productId() != null && gateway.configured())
                .ifPresent(account -> {
                    try {
                        var now = gateway.linkedAccount(account.linkedAccountId(), account.productId());
                        accounts.status(
                                userId,
                                now.productId(),
                                now.status(),
                                requirements(now.requirements()),
                                clock.instant());
                    } catch (GatewayUnavailableException e) {
                        // the stored status is shown
                    }
                });
        return accounts.find(userId).map(this::view);
    }

    /** The gateway's webhook: a linked account's activation moved. */
    void activationReported(String linkedAccountId, String status, List<String> requirements) {
        accounts.statusOfLinked(linkedAccountId, status, requirements(requirements), clock.instant());
    }

    private PaymentGateway.PayoutDetails checked(PayoutViews.PayoutAccountBody body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null) {
            throw new ValidationFailedException(
                    List.of(new FieldError("legal_name", "The account's details are required.")));
        }
        String legalName = text(body.legalName(), "legal_name", 4, 200, errors);
        String beneficiary = text(body.beneficiaryName(), "beneficiary_name", 3, 120, errors);
        String type =
                body.businessType() == null ? "" : body.businessType().strip().toLowerCase(Locale.ROOT);
        if (!BUSINESS_TYPES.contains(type)) {
            errors.add(new FieldError(
                    "business_type",
                    "One of "
                            + String.join(", ", BUSINESS_TYPES.stream().sorted().toList()) + "."));
        }
        String pan = upper(body.pan());
        if (!PAN.matcher(pan).matches()) {
            errors.add(new FieldError("pan", "A PAN is 5 letters, 4 digits and a letter (ABCDE1234F)."));
        }
        String accountNumber =
                body.bankAccountNumber() == null ? "" : body.bankAccountNumber().replace(" ", "");
        if (!ACCOUNT_NUMBER.matcher(accountNumber).matches()) {
            errors.add(new FieldError("bank_account_number", "A bank account number is 9 to 18 digits."));
        }
        String ifsc = upper(body.ifsc());
        if (!IFSC.matcher(ifsc).matches()) {
            errors.add(new FieldError("ifsc", "An IFSC is 4 letters, a zero and 6 letters or digits (HDFC0001234)."));
        }
        String email = body.email() == null ? "" : body.email().strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "A valid email address is required."));
        }
        String phone = body.phone() == null ? "" : body.phone().replaceAll("[\\s-]", "");
        phone = phone.startsWith("+91") ? phone.substring(3) : phone;
        if (!phone.matches("[6-9][0-9]{9}")) {
            errors.add(new FieldError("phone", "An Indian mobile number of 10 digits is required."));
        }
        PayoutViews.AddressBody address =
                body.address() == null ? new PayoutViews.AddressBody(null, null, null, null) : body.address();
        String street = text(address.street(), "address.street", 3, 200, errors);
        String city = text(address.city(), "address.city", 2, 100, errors);
        String state = text(address.state(), "address.state", 2, 100, errors);
        String postalCode =
                address.postalCode() == null ? "" : address.postalCode().strip();
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            errors.add(new FieldError("address.postal_code", "A PIN code is 6 digits."));
        }
        if (!Boolean.TRUE.equals(body.acceptTerms())) {
            errors.add(new FieldError("accept_terms", "The gateway's terms must be accepted."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new PaymentGateway.PayoutDetails(
                legalName, beneficiary, type, pan, accountNumber, ifsc, email, phone, street, city, state, postalCode);
    }

    private static PayoutAccount masked(long userId, PaymentGateway.PayoutDetails details, Instant now) {
        return new PayoutAccount(
                userId,
                null,
                null,
                null,
                null,
                details.legalName(),
                details.beneficiaryName(),
                details.businessType(),
                details.email(),
                details.phone(),
                details.pan().substring(details.pan().length() - 4),
                details.bankAccountNumber()
                        .substring(details.bankAccountNumber().length() - 4),
                details.ifsc(),
                details.street(),
                details.city(),
                details.state(),
                details.postalCode(),
                now,
                now);
    }

    private PayoutViews.PayoutAccountView view(PayoutAccount account) {
        return new PayoutViews.PayoutAccountView(
                account.status(),
                account.requirements() == null || account.requirements().isBlank()
                        ? List.of()
                        : Arrays.asList(account.requirements().split(",")),
                account.legalName(),
                account.beneficiaryName(),
                account.businessType(),
                "******" + account.panLast4(),
                "********" + account.bankLast4(),
                account.ifsc(),
                account.email(),
                account.phone(),
                new PayoutViews.AddressBody(account.street(), account.city(), account.state(), account.postalCode()),
                time.display(account.termsAcceptedAt()),
                time.display(account.updatedAt()));
    }

    private static String requirements(List<String> requirements) {
        String joined = String.join(",", requirements);
        return joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    private static String upper(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String text(String value, String field, int min, int max, List<FieldError> errors) {
        String text = value == null ? "" : value.strip();
        if (text.length() < min || text.length() > max) {
            errors.add(new FieldError(field, min + " to " + max + " characters."));
        }
        return text;
    }

    private static String[] businessTypesOfTheSchema() {
        try {
            return PayoutViews.PayoutAccountBody.class
                    .getDeclaredField("businessType")
                    .getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class)
                    .allowableValues();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("PayoutAccountBody has no businessType", e);
        }
    }
}
