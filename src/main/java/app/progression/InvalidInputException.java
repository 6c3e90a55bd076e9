package app.progression;

/** Input that cannot be planned as given: the message names the field and what is wrong with it. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
