package org.millwright.maintenance.internal.parts;

import java.math.BigDecimal;
import org.millwright.platform.error.InvalidRequestException;

/** Checks and shapes stock quantities (numeric(14,3) in the database). */
final class Quantities {

    static final int SCALE = 3;
    static final BigDecimal MAX = new BigDecimal("99999999999.999");

    private Quantities() {}

    /** A quantity moved: above zero, at most three decimals, whole for counted units. */
    static BigDecimal requireMovable(BigDecimal quantity, PartUnit unit) {
        if (quantity == null || quantity.signum() <= 0) {
            throw new InvalidRequestException("error.part-quantity", text(quantity));
        }
        return requireFits(quantity, unit);
    }

    /** A stock level (a minimum): zero or more, at most three decimals, whole for counted units. */
    static BigDecimal requireLevel(BigDecimal quantity, PartUnit unit) {
        if (quantity == null || quantity.signum() < 0) {
            throw new InvalidRequestException("error.part-quantity", text(quantity));
        }
        return requireFits(quantity, unit);
    }

    /** Any non-zero signed quantity (an adjustment). */
    static BigDecimal requireNonZero(BigDecimal quantity, PartUnit unit) {
        if (quantity == null || quantity.signum() == 0) {
            throw new InvalidRequestException("error.part-adjustment-zero");
        }
        return quantity.signum() > 0
                ? requireFits(quantity, unit)
                : requireFits(quantity.negate(), unit).negate();
    }

    private static BigDecimal requireFits(BigDecimal quantity, PartUnit unit) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        if (stripped.scale() > SCALE || quantity.compareTo(MAX) > 0) {
            throw new InvalidRequestException("error.part-quantity", quantity.toPlainString());
        }
        if (unit.counted() && stripped.scale() > 0) {
            throw new InvalidRequestException("error.part-whole-quantity", quantity.toPlainString(), unit.wire());
        }
        return quantity.setScale(SCALE);
    }

    private static String text(BigDecimal quantity) {
        return quantity == null ? "null" : quantity.toPlainString();
    }

    /** The quantity without trailing zeros, never in exponent notation ("5", "2.5"). */
    static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
