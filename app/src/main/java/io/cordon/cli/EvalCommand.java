package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon eval` is not implemented yet (see the open issues). */
@Command(name = "eval", description = "(not implemented yet)")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon eval: not implemented yet");
    return 3;
  }
}
