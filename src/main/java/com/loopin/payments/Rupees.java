package com.loopin.payments;

/** Paise as people in India read rupees: ₹1,05,900.00 (lakh grouping). */
public final class Rupees {

    private Rupees() {}

    public static String of(long paise) {
        String sign = paise < 0 ? "−" : "";
        long abs = Math.abs(paise);
        String rupees = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        int head = rupees.length() - 3;
        if (head > 0) {
            String lakhs = rupees.substring(0, head);
            for (int i = 0; i < lakhs.length(); i++) {
                if (i > 0 && (lakhs.length() - i) % 2 == 0) {
                    grouped.append(',');
                }
                grouped.append(lakhs.charAt(i));
            }
            grouped.append(',').append(rupees.substring(head));
        } else {
            grouped.append(rupees);
        }
        return sign + "₹" + grouped + "." + String.format("%02d", abs % 100);
    }
}
