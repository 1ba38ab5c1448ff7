package com.loopin.payments;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** The payout account's body and answer, and a host's earnings. */
final class PayoutViews {

    private PayoutViews() {}

    /** What a host gives once to be paid through the gateway. The bank account number goes to the gateway only. */
    record PayoutAccountBody(
            @Schema(example = "Asha Rao", description = "4 to 200 characters")
            String legalName,

            @Schema(example = "Asha Rao", description = "The bank account holder's name")
            String beneficiaryName,

            @Schema(
                    example = "individual",
                    allowableValues = {
                        "individual",
                        "proprietorship",
                        "partnership",
                        "private_limited",
                        "public_limited",
                        "llp",
                        "ngo",
                        "trust",
                        "society",
                        "not_yet_registered"
                    })
            String businessType,

            @Schema(example = "ABCPR1234K") String pan,

            @Schema(example = "123456789012", description = "9 to 18 digits; never stored")
            String bankAccountNumber,

            @Schema(example = "HDFC0001234") String ifsc,
            @Schema(example = "asha@example.com") String email,
            @Schema(example = "9876543210") String phone,
            AddressBody address,

            @Schema(description = "Must be true: the gateway's terms for linked accounts")
            Boolean acceptTerms) {

        @Override
        public String toString() {
            return "PayoutAccountBody[" + legalName + "]";
        }
    }

    record AddressBody(
            @Schema(example = "12 MG Road") String street,
            @Schema(example = "Pune") String city,
            @Schema(example = "Maharashtra") String state,
            @Schema(example = "411001") String postalCode) {}

    /** The account as its host sees it: masked. */
    record PayoutAccountView(
            @Schema(
                    allowableValues = {
                        "registering",
                        "created",
                        "requested",
                        "under_review",
                        "needs_clarification",
                        "activated",
                        "suspended"
                    },
                    description = "activated: paid events can be published")
            String status,

            @Schema(description = "What the gateway still needs (field:reason), when it asked for clarification")
            List<String> requirements,

            String legalName,
            String beneficiaryName,
            String businessType,
            @Schema(example = "******234K") String pan,
            @Schema(example = "********9012") String bankAccount,
            String ifsc,
            String email,
            String phone,
            AddressBody address,
            OffsetDateTime termsAcceptedAt,
            OffsetDateTime updatedAt) {}

    /** One event's money, for its host. */
    record EventEarnings(
            String eventId,
            @Schema(nullable = true) String title,
            @Schema(description = "What guests paid") long grossPaise,

            @Schema(description = "The platform's fee and its GST")
            long feePaise,

            @Schema(description = "Refunded to guests") long refundedPaise,

            @Schema(description = "The host's share: the seats' prices, less what refunds took back")
            long hostSharePaise,

            @Schema(
                    allowableValues = {"on_hold", "released", "transfer_failed"},
                    description = "released: the gateway settles it to the host's bank on its next working day;"
                            + " transfer_failed: the gateway could not transfer the share of a payment to the host's"
                            + " account (the host's share leaves it out until staff have transferred it)")
            String payout,

            @Schema(nullable = true, description = "When the hold on the host's share ends")
            OffsetDateTime releaseAfter) {}
}
