package io.cordon.store;

import io.cordon.cases.Actor;
import io.cordon.cases.Alert;
import io.cordon.cases.CaseService;
import io.cordon.cases.Hit;
import io.cordon.cases.Outcome;
import io.cordon.cases.Party;
import io.cordon.access.Access;
import io.cordon.access.Passwords;
import io.cordon.cases.Role;
import io.cordon.match.MatchResult;
import io.cordon.match.Scorer;
import io.cordon.model.Entity;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Child process of {@link DecisionDurabilityTest}: imports a book where every party alerts, then
 * decides the alerts one by one, printing {@code ACK <alertId> <decisionId>} after each decision call
 * has returned, until it is killed.
 */
public final class DecisionWriter {
  private DecisionWriter() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    int parties = Integer.parseInt(args[1]);
    PrintStream out = new PrintStream(System.out, false, "UTF-8");
    CordonStore store = CordonStore.open(StoreConfig.forHome(home, Optional.empty()));
    Entity listed = Entity.builder("ofac-1", "Company").add("name", "Acme Trading").dataset("test").build();
    Scorer none = new Scorer() {
      @Override
      public String name() {
        return "none";
      }

      @Override
      public MatchResult score(io.cordon.match.MatchQuery q, Entity e) {
        return new MatchResult(0, false, null, List.of());
      }
    };
    CaseService service = new CaseService(new JdbcCaseStore(store.dataSource()),
        p -> List.of(new Hit(listed, 0.9, List.of(), List.of("test-1"))), none, Clock.systemUTC(), 0.7);
    Access access = new Access(new JdbcCaseStore(store.dataSource()), Clock.systemUTC(),
        new Passwords(new SecureRandom(), 1000));
    String pw = access.bootstrapAdmin("root").orElseThrow();
    Actor admin = access.login("root", pw.toCharArray()).orElseThrow();
    Actor ana = access.createUser(admin, "ana", "analyst-pass".toCharArray(), Set.of(Role.ANALYST)).actor();
    List<Party> book = new ArrayList<>();
    for (int i = 0; i < parties; i++) {
      book.add(new Party("p" + i, "Company", List.of("Acme Trading " + i), List.of(), List.of(), List.of(), null));
    }
    service.importParties(ana, "book", book);
    out.println("READY");
    out.flush();
    for (Alert a : service.alerts(ana, Optional.empty(), Optional.empty(), 0)) {
      long d = service.decide(ana, a.id(), Outcome.FALSE_POSITIVE, "not our Acme").id();
      out.println("ACK " + a.id() + " " + d);
      out.flush();
    }
    out.println("DONE");
    out.flush();
    Thread.sleep(60_000); // only reached when the parent did not kill us in time
  }
}
