package io.cordon.http.ui;

import io.cordon.cases.BadInputException;
import io.cordon.cases.CaseService;
import io.cordon.cases.PartyRows;
import io.cordon.screening.input.ColumnMapping;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.input.PartyInputReader;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Imports a customer file uploaded from the parties page, like {@code cordon parties import}: CSV,
 * TSV or JSON lines (format from the file name), columns recognised by their headers, an id column
 * required. A file with any bad row is refused as a whole, listing the rows; otherwise the new and
 * changed parties are screened and the counts are shown.
 */
final class PartyImport {
  /** Bad rows listed on the page; the count is always complete. */
  static final int SHOWN_PROBLEMS = 20;

  private final CaseService cases;

  PartyImport(CaseService cases) {
    this.cases = cases;
  }

  /** Problems found in the file, or empty when it can be imported. */
  record Check(List<String> problems, int bad) {}

  void handle(Context ctx, Session s, PartyPages pages) throws IOException {
    UploadedFile upload = ctx.uploadedFile("file");
    if (upload == null || upload.size() == 0) {
      throw new BadInputException("choose a customer file (CSV, TSV or JSON lines) to import");
    }
    String name = safeName(upload.filename());
    InputFormat format = InputFormat.forFile(Path.of(name));
    Path tmp = Files.createTempFile("cordon-upload-", "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
    try {
      try (InputStream in = upload.content()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      ColumnMapping mapping = ColumnMapping.byHeaders();
      Check check = check(tmp, name, format, mapping);
      if (check.bad() > 0) {
        UiRoutes.html(ctx, 400, pages.index(s, null, check));
        return;
      }
      CaseService.ImportResult r;
      try (PartyInputReader reader = PartyInputReader.open(tmp, format, mapping)) {
        r = cases.importParties(s.actor(), name, PartyRows.parties(reader));
      }
      s.flash(name + ": " + r.read() + " parties read: " + r.added() + " new, " + r.changed() + " changed, "
          + r.unchanged() + " unchanged; " + r.alerts() + " alerts raised, " + r.suppressed()
          + " suppressed by the good-guy list (run " + r.runId() + ").", false);
      ctx.redirect("/ui/alerts", HttpStatus.SEE_OTHER);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The uploaded file's own name without any folder the browser sent, for messages and the audit log. */
  static String safeName(String given) {
    String raw = given == null ? "" : given;
    String base = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1)
        .replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
    return base.isEmpty() || base.startsWith(".") ? "upload.csv" : base;
  }

  /** First pass: every row readable, with an id and a name; else list the problems and import nothing. */
  static Check check(Path file, String name, InputFormat format, ColumnMapping mapping) throws IOException {
    PartyRows.Check check;
    try (PartyInputReader reader = PartyInputReader.open(file, format, mapping)) {
      check = PartyRows.check(reader, mapping, SHOWN_PROBLEMS);
    }
    if (check.noIdColumn()) {
      return new Check(List.of(name + ": no id column (the customer's stable id; name the column id)"), 1);
    }
    if (check.noRows()) {
      return new Check(List.of(name + ": no rows"), 1);
    }
    return new Check(check.shown().stream().map(p -> name + ":" + p.line() + ": " + p.message()).toList(), check.bad());
  }
}
