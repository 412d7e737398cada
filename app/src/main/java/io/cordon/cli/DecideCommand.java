package io.cordon.cli;

import io.cordon.cases.Actor;
import io.cordon.cases.Approval;
import io.cordon.cases.CaseService;
import io.cordon.cases.CaseServices;
import io.cordon.cases.Decision;
import io.cordon.cases.Outcome;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cordon decide}: four-eyes decisions on alerts. */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = {"Decides an alert (analyst), or approves or rejects the decision on it (another user, approver).",
        "  cordon decide 12 --as ana --outcome false_positive --reason \"different birth date\"",
        "  cordon decide 12 --as bob --approve"})
final class DecideCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(paramLabel = "ALERT", description = "alert id") long alert;

  @Option(names = "--as", paramLabel = "USER", required = true, description = "acting user") String user;

  @ArgGroup(exclusive = true, multiplicity = "1") Action action;

  static final class Action {
    @Option(names = "--outcome", paramLabel = "O", description = "true_match, false_positive or needs_information")
    String outcome;

    @Option(names = "--approve", description = "confirm the pending decision") boolean approve;

    @Option(names = "--reject", description = "reject the pending decision (the alert opens again)") boolean reject;
  }

  @Option(names = "--reason", paramLabel = "TEXT", description = "why (required with --outcome)") String reason;

  @Option(names = "--comment", paramLabel = "TEXT", description = "approver's comment") String comment;

  @Override
  public Integer call() throws Exception {
    try (Home home = Home.open(main)) {
      CaseService cases = Cases.service(home, CaseServices.DEFAULT_THRESHOLD);
      Actor actor = cases.actor(user);
      if (action.outcome != null) {
        Decision d = cases.decide(actor, alert, Outcome.parse(action.outcome), reason);
        System.out.printf("alert %d: %s decided %s (decision %d); waiting for an approver%n", alert, d.analyst(),
            d.outcome().label(), d.id());
      } else {
        Approval a = cases.approve(actor, alert, action.approve, comment);
        System.out.printf("alert %d: decision %d %s by %s; alert is now %s%n", alert, a.decisionId(),
            a.confirmed() ? "confirmed" : "rejected", a.approver(), cases.alert(actor, alert).status().label());
      }
    }
    return 0;
  }
}
