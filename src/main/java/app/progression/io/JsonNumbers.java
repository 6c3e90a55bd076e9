package app.progression.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * The numbers of a user's file as the schemas must see them: what was written, and cheap to check.
 *
 * <p>Read as doubles, {@code 1e-400} becomes 0 and passes as a whole number (a weight of 0 switches a rule off),
 * so files are read with exact decimals and then: a whole number such as {@code 2.0} becomes an integer; a whole
 * number beyond a long becomes a double (the validator reads exact decimals through a long in its range checks,
 * which wraps {@code 1e999} round to 0); a fraction becomes a double when the double is still a fraction, and
 * otherwise stays an exact decimal, its scale bounded, because turning {@code 1e-2000000000} into a long means
 * dividing by ten to the two billionth.
 */
final class JsonNumbers {

    private static final BigDecimal LONG_RANGE = BigDecimal.valueOf(Long.MAX_VALUE);

    /** Fractions finer than this many decimal places are beyond any limit anyway; they keep this many. */
    private static final int MAX_SCALE = 1000;

    private JsonNumbers() {
    }

    /** {@code node} with its numbers replaced as above, in place where it is an object or array. */
    static JsonNode asWritten(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> field.setValue(asWritten(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, asWritten(array.get(i)));
            }
        } else if (node instanceof DecimalNode decimal) {
            return number(decimal.decimalValue());
        }
        return node;
    }

    private static JsonNode number(BigDecimal value) {
        if (value.signum() == 0) {
            return LongNode.valueOf(0);
        }
        if (value.stripTrailingZeros().scale() <= 0) {
            return value.abs().compareTo(LONG_RANGE) <= 0 ? LongNode.valueOf(value.longValueExact())
                    : DoubleNode.valueOf(value.doubleValue());
        }
        double approximately = value.doubleValue();
        if (Double.isFinite(approximately) && approximately != Math.rint(approximately)) {
            return DoubleNode.valueOf(approximately);
        }
        // A fraction a double cannot tell from a whole number: exact, with a scale small enough to compute with.
        return DecimalNode.valueOf(value.scale() <= MAX_SCALE ? value : BigDecimal.valueOf(value.signum(), MAX_SCALE));
    }
}
