package io.cordon.cli;

import io.cordon.common.Json;
import io.cordon.match.Explanation;
import io.cordon.match.Scorer;
import io.cordon.match.ScorerConfig;
import io.cordon.match.Scorers;
import io.cordon.match.eval.OfacEvaluation;
import io.cordon.match.eval.OfacFixture;
import io.cordon.match.eval.PairCase;
import io.cordon.match.eval.PairEvaluation;
import io.cordon.match.eval.TranslitEvaluation;
import io.cordon.match.eval.TranslitPair;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code cordon eval}: measures matching quality on labelled files. Pure core, no store. */
@Command(name = "eval", description = "Measure matching quality on labelled name pairs or OFAC's own scores.",
    subcommands = {EvalCommand.Pairs.class, EvalCommand.Ofac.class, EvalCommand.Translit.class,
        CommandLine.HelpCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    return file;
  }

  @Command(name = "pairs", description = "Precision, recall and F1 on a name-pair file "
      + "(case_group,schema,name1,name2,is_match,quality,category,notes).")
  static final class Pairs implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "name-pair CSV file")
    Path file;

    @Option(names = "--threshold", description = "match threshold (default: the algorithm's, cordon-v1 "
        + ScorerConfig.DEFAULT_THRESHOLD + ")")
    Double threshold;

    @Option(names = "--algorithm", defaultValue = "cordon-v1", description = "cordon-v1 or ofac (default: ${DEFAULT-VALUE})")
    String algorithm;

    @Option(names = "--json", description = "print the report as JSON")
    boolean asJson;

    @Option(names = "--misses", paramLabel = "FILE", description = "write every miss with its explanation to FILE (TSV)")
    Path misses;

    @Override
    public Integer call() throws Exception {
      Scorer scorer = Scorers.byName(algorithm);
      double t = threshold == null ? scorer.threshold() : threshold;
      if (!(t >= 0 && t <= 1)) {
        throw new IllegalArgumentException("--threshold must be between 0 and 1, was " + t);
      }
      List<PairCase> pairs = PairCase.read(existing(file));
      PairEvaluation.Report r = PairEvaluation.evaluate(pairs, scorer, t);
      PrintWriter out = spec.commandLine().getOut();
      if (misses != null) {
        writeMisses(r, misses);
      }
      if (asJson) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("algorithm", r.algorithm());
        m.put("threshold", t);
        m.put("pairs", r.scored().size());
        m.put("overall", counts(r.overall()));
        m.put("best_f1", r.bestF1());
        m.put("best_threshold", r.bestThreshold());
        Map<String, Object> g = new LinkedHashMap<>();
        r.byGroup().forEach((k, v) -> g.put(k, counts(v)));
        m.put("by_case_group", g);
        List<Map<String, Object>> ms = new ArrayList<>();
        for (PairEvaluation.Scored s : r.misses()) {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("line", s.pair().line());
          x.put("name1", s.pair().name1());
          x.put("name2", s.pair().name2());
          x.put("is_match", s.pair().isMatch());
          x.put("quality", s.pair().quality());
          x.put("score", s.result().score());
          x.put("explanation", explain(s.result().explanations()));
          ms.add(x);
        }
        m.put("misses", ms);
        out.println(Json.PRETTY.writeValueAsString(m));
        return 0;
      }
      out.printf(Locale.ROOT, "%s: %d pairs, algorithm %s, threshold %.2f%n", file, r.scored().size(),
          r.algorithm(), t);
      out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d, tn %d)%n",
          r.overall().precision(), r.overall().recall(), r.overall().f1(), r.overall().tp(), r.overall().fp(),
          r.overall().fn(), r.overall().tn());
      out.printf(Locale.ROOT, "best F1 over thresholds: %.3f at %.2f%n", r.bestF1(), r.bestThreshold());
      out.println();
      out.printf(Locale.ROOT, "%-18s %6s %9s %7s %6s%n", "case_group", "pairs", "precision", "recall", "F1");
      r.byGroup().forEach((g, c) -> out.printf(Locale.ROOT, "%-18s %6d %9.3f %7.3f %6.3f%n", g, c.total(),
          c.precision(), c.recall(), c.f1()));
      long strong = r.misses().stream().filter(s -> "STRONG".equalsIgnoreCase(s.pair().quality())).count();
      out.printf(Locale.ROOT, "%nmisses: %d (STRONG quality: %d)%s%n", r.misses().size(), strong,
          misses == null ? "; --misses FILE writes them with explanations" : "; written to " + misses);
      return 0;
    }

    private static Map<String, Object> counts(PairEvaluation.Counts c) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pairs", c.total());
      m.put("precision", c.precision());
      m.put("recall", c.recall());
      m.put("f1", c.f1());
      m.put("tp", c.tp());
      m.put("fp", c.fp());
      m.put("fn", c.fn());
      m.put("tn", c.tn());
      return m;
    }

    private static void writeMisses(PairEvaluation.Report r, Path to) throws java.io.IOException {
      StringBuilder b = new StringBuilder("line\tkind\tquality\tscore\tcase_group\tname1\tname2\texplanation\n");
      for (PairEvaluation.Scored s : r.misses()) {
        b.append(s.pair().line()).append('\t').append(s.pair().isMatch() ? "missed_match" : "false_alert")
            .append('\t').append(s.pair().quality()).append('\t')
            .append(String.format(Locale.ROOT, "%.3f", s.result().score())).append('\t')
            .append(s.pair().caseGroup()).append('\t').append(tsv(s.pair().name1())).append('\t')
            .append(tsv(s.pair().name2())).append('\t').append(tsv(explain(s.result().explanations()))).append('\n');
      }
      Files.writeString(to, b, StandardCharsets.UTF_8);
    }
  }

  static String explain(List<Explanation> ex) {
    StringBuilder b = new StringBuilder();
    for (Explanation e : ex) {
      if (b.length() > 0) {
        b.append(" | ");
      }
      b.append(e.feature()).append(String.format(Locale.ROOT, " %.2f: ", e.score())).append(e.detail());
    }
    return b.toString();
  }

  static String tsv(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  @Command(name = "ofac", description = "Share of ofac_fixtures.csv rows where the ofac mode is within "
      + "--tolerance points of OFAC's own score.")
  static final class Ofac implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CSV with query_name,result_name,ofac_score")
    Path file;

    @Option(names = "--tolerance", defaultValue = "5", description = "points of 100 (default: ${DEFAULT-VALUE})")
    int tolerance;

    @Option(names = "--json", description = "print the report as JSON")
    boolean asJson;

    @Override
    public Integer call() throws Exception {
      if (tolerance < 0 || tolerance > 100) {
        throw new IllegalArgumentException("--tolerance must be between 0 and 100, was " + tolerance);
      }
      OfacEvaluation.Report r = OfacEvaluation.evaluate(OfacFixture.read(existing(file)), Scorers.ofac(), tolerance);
      PrintWriter out = spec.commandLine().getOut();
      if (asJson) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("rows", r.rows().size());
        m.put("tolerance", tolerance);
        m.put("within", r.within());
        m.put("share", r.share());
        List<Map<String, Object>> outside = new ArrayList<>();
        for (OfacEvaluation.Row row : r.outside()) {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("line", row.fixture().line());
          x.put("query", row.fixture().query());
          x.put("result_name", row.fixture().resultName());
          x.put("ofac_score", row.fixture().ofacScore());
          x.put("cordon_score", row.score());
          outside.add(x);
        }
        m.put("outside", outside);
        out.println(Json.PRETTY.writeValueAsString(m));
        return 0;
      }
      out.printf(Locale.ROOT, "%s: %d rows; ofac mode within %d points of OFAC on %d (%.1f%%)%n", file,
          r.rows().size(), tolerance, r.within(), r.share() * 100);
      out.println("(OFAC's -1, \"not listed at slider 80\", agrees when the ofac mode scores below 80)");
      for (OfacEvaluation.Row row : r.outside()) {
        out.printf(Locale.ROOT, "  line %d: %s / %s: OFAC %d, ofac mode %d%n", row.fixture().line(),
            row.fixture().query(), row.fixture().resultName(), row.fixture().ofacScore(), row.score());
      }
      return 0;
    }
  }

  @Command(name = "translit", description = "Share of Wikidata transliteration pairs (Latin TAB native) whose two "
      + "forms score at or above the threshold.")
  static final class Translit implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "wd_russian_20, wd_arabic_20, wd_chinese_20, wd_korean, ...")
    List<Path> files;

    @Option(names = "--threshold", description = "match threshold (default: cordon-v1's, " + ScorerConfig.DEFAULT_THRESHOLD + ")")
    Double threshold;

    @Option(names = "--examples", defaultValue = "0", description = "print this many pairs below the threshold per file")
    int examples;

    @Override
    public Integer call() throws Exception {
      Scorer scorer = Scorers.standard();
      double t = threshold == null ? scorer.threshold() : threshold;
      if (!(t >= 0 && t <= 1)) {
        throw new IllegalArgumentException("--threshold must be between 0 and 1, was " + t);
      }
      PrintWriter out = spec.commandLine().getOut();
      for (Path f : files) {
        TranslitEvaluation.Report r = TranslitEvaluation.evaluate(TranslitPair.read(existing(f)), scorer, t);
        out.printf(Locale.ROOT, "%s: %d pairs, %d (%.1f%%) at or above %.2f%n", f.getFileName(), r.pairs(), r.above(),
            r.share() * 100, t);
        for (int i = 0; i < Math.min(examples, r.below().size()); i++) {
          TranslitEvaluation.Row row = r.below().get(i * (r.below().size() / Math.max(1, examples)));
          out.printf(Locale.ROOT, "  %.2f  %s / %s%n", row.result().score(), row.pair().latin(), row.pair().nativeName());
        }
      }
      return 0;
    }
  }
}
