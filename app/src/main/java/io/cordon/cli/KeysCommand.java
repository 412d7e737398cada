package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon keys` is not implemented yet (see the open issues). */
@Command(name = "keys", description = "(not implemented yet)")
final class KeysCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon keys: not implemented yet");
    return 3;
  }
}
