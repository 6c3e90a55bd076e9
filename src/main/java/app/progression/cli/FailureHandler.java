package app.progression.cli;

import app.progression.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Known failures become one clear message; nothing reaches the user as a stack trace. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof InvalidInputException) {
            err.println("error: " + exception.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        err.println("error: " + exception.getClass().getSimpleName() + ": " + exception.getMessage());
        if (System.getenv("PROGRESSION_DEBUG") != null) {
            exception.printStackTrace(err);
        } else {
            err.println("(set PROGRESSION_DEBUG=1 to see the details)");
        }
        return ExitCode.FAILED;
    }
}
