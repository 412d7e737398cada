package io.cordon.cli;

import picocli.CommandLine;

/** Turns exceptions into one clear line on stderr and a non-zero exit code; no stack traces for users. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
    String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cmd.getErr().println("cordon " + cmd.getCommandName() + ": " + msg);
    if (System.getenv("CORDON_DEBUG") != null) {
      ex.printStackTrace(cmd.getErr());
    }
    return ex instanceof IllegalArgumentException || ex instanceof io.cordon.cases.BadInputException ? 2 : 1;
  }
}
