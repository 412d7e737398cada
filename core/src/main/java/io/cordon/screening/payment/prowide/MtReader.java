package io.cordon.screening.payment.prowide;

import com.prowidesoftware.swift.io.RJEReader;
import com.prowidesoftware.swift.io.parser.SwiftParser;
import com.prowidesoftware.swift.model.SwiftMessage;
import com.prowidesoftware.swift.model.Tag;
import io.cordon.screening.payment.Element;
import io.cordon.screening.payment.MessageReader;
import io.cordon.screening.payment.PaymentMessage;
import io.cordon.screening.payment.ReadMessage;
import io.cordon.screening.payment.MessageRole;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SWIFT MT (FIN) messages, single or RJE batches, through Prowide's parser; the fields of categories
 * 1 and 2 (customer and institution transfers) and free-format messages are mapped to
 * {@link Element}s with their tag and line.
 */
final class MtReader {
  /** Message types whose fields are understood (tags mean the same across categories 1 and 2). */
  static final Set<String> TYPES = Set.of("101", "102", "103", "110", "190", "191", "192", "199", "200", "202",
      "205", "290", "291", "292", "299", "900", "910");

  private static final Map<String, MessageRole> ROLES = Map.ofEntries(
      Map.entry("50", MessageRole.ORDERING_CUSTOMER), Map.entry("51", MessageRole.ORDERING_INSTITUTION),
      Map.entry("52", MessageRole.ORDERING_INSTITUTION), Map.entry("53", MessageRole.SENDERS_CORRESPONDENT),
      Map.entry("54", MessageRole.RECEIVERS_CORRESPONDENT), Map.entry("55", MessageRole.THIRD_REIMBURSEMENT_INSTITUTION),
      Map.entry("56", MessageRole.INTERMEDIARY), Map.entry("57", MessageRole.ACCOUNT_WITH_INSTITUTION),
      Map.entry("58", MessageRole.BENEFICIARY_INSTITUTION), Map.entry("59", MessageRole.BENEFICIARY_CUSTOMER));
  private static final Set<String> TEXT_TAGS = Set.of("70", "72", "77B", "77A", "77T", "79", "26T", "23E", "76", "75");
  private static final Pattern TAG_LINE = Pattern.compile("^:[0-9]{2}[A-Z]?:");
  private static final Pattern AMOUNT = Pattern.compile("^(\\d{6})?([A-Z]{3})(\\d[\\d,]*)$");
  private static final Pattern INS = Pattern.compile("^/INS/([A-Z0-9]{8}(?:[A-Z0-9]{3})?)\\s*$");

  List<ReadMessage> read(String text) {
    List<ReadMessage> out = new ArrayList<>();
    if (text.indexOf(RJEReader.SPLITCHAR) < 0) {
      String m = text.strip();
      out.add(one(0, m).withRaw(m));
      return out;
    }
    RJEReader r = new RJEReader(text);
    int i = 0;
    while (r.hasNext()) {
      String m = r.next();
      if (m != null && !m.isBlank()) {
        String one = m.strip();
        out.add(one(i++, one).withRaw(one));
      }
    }
    if (out.isEmpty()) {
      out.add(ReadMessage.failed(0, "RJE batch holds no message").withRaw(text));
    }
    return out;
  }

  private ReadMessage one(int i, String text) {
    String where = "message " + (i + 1);
    if (text.length() > MessageReader.MAX_MESSAGE_CHARS) {
      return ReadMessage.failed(i, where + ": " + text.length() + " characters, over the limit of "
          + MessageReader.MAX_MESSAGE_CHARS);
    }
    if (!text.startsWith("{1:")) {
      return ReadMessage.failed(i, where + ": block 1 missing: expected '{1:' at the start, found '" + snippet(text) + "'");
    }
    int b2 = text.indexOf("{2:");
    int b4 = text.indexOf("{4:");
    if (b2 < 0) {
      return ReadMessage.failed(i, where + ": block 2 (application header) missing");
    }
    if (b4 < 0) {
      return ReadMessage.failed(i, where + ": block 4 (text) missing");
    }
    int end = text.indexOf("-}", b4);
    if (end < 0) {
      return ReadMessage.failed(i, where + ": block 4 not terminated by '-}'");
    }
    String body = text.substring(b4 + 3, end).strip();
    if (body.isEmpty()) {
      return ReadMessage.failed(i, where + ": block 4 is empty");
    }
    if (!TAG_LINE.matcher(body).find()) {
      return ReadMessage.failed(i, where + ": block 4 line 1: expected a field tag such as ':20:', found '"
          + snippet(body) + "'");
    }
    SwiftMessage sm;
    try {
      sm = new SwiftParser(text).message();
    } catch (IOException | RuntimeException e) {
      return ReadMessage.failed(i, where + ": not a valid SWIFT MT message: " + e.getMessage());
    }
    if (sm == null || sm.getBlock4() == null || sm.getBlock4().isEmpty()) {
      return ReadMessage.failed(i, where + ": block 4 holds no field");
    }
    String type = sm.getType();
    if (type == null || !type.matches("\\d{3}")) {
      return ReadMessage.failed(i, where + ": block 2 gives no message type");
    }
    if (!TYPES.contains(type)) {
      return ReadMessage.failed(i, where + ": MT" + type + " is not a payment message type this filter reads "
          + "(reads MT" + String.join(", MT", new java.util.TreeSet<>(TYPES)) + ")");
    }
    try {
      return ReadMessage.ok(i, extract(sm, type));
    } catch (BadField e) {
      return ReadMessage.failed(i, where + ": " + e.getMessage());
    }
  }

  private PaymentMessage extract(SwiftMessage sm, String type) {
    List<Element> out = new ArrayList<>();
    header(out, MessageRole.SENDER, sm.getSender(), "block " + (sm.isOutput() ? "2" : "1") + " sender");
    header(out, MessageRole.RECEIVER, sm.getReceiver(), "block " + (sm.isOutput() ? "1" : "2") + " receiver");
    String reference = null;
    BigDecimal amount = null;
    String currency = null;
    LocalDate date = null;
    boolean cov = sm.isCOV();
    boolean seqB = false;
    for (Tag t : sm.getBlock4().getTags()) {
      String name = t.getName();
      String value = t.getValue() == null ? "" : t.getValue();
      if (name == null || name.length() < 2) {
        continue;
      }
      String num = name.substring(0, 2);
      if (cov && num.equals("50")) {
        seqB = true;
      }
      String label = (seqB ? "B/" : "") + name;
      List<String> lines = List.of(value.split("\r?\n", -1));
      switch (name) {
        case "20" -> reference = reference == null ? value.strip() : reference;
        case "32A", "32B", "33B", "30" -> {
          if (name.equals("30")) {
            date = date == null ? date(value, name) : date;
            continue;
          }
          Matcher m = AMOUNT.matcher(value.strip());
          if (!m.matches()) {
            throw new BadField("field " + name + ": '" + snippet(value) + "' is not [date]currency amount");
          }
          if (m.group(1) != null && date == null) {
            date = date(m.group(1), name);
          }
          if (amount == null && !name.equals("33B")) {
            currency = m.group(2);
            amount = new BigDecimal(m.group(3).replace(',', '.').replaceAll("\\.$", ""));
          }
        }
        default -> {
          MessageRole role = ROLES.get(num);
          if (role != null) {
            party(out, role, name, label, lines);
          } else if (TEXT_TAGS.contains(name)) {
            text(out, name, label, lines);
          }
        }
      }
    }
    String full = "MT" + type + (sm.isSTP() ? " STP" : "") + (cov ? " COV" : "");
    return new PaymentMessage(full, reference, amount, currency, date, out);
  }

  private static void header(List<Element> out, MessageRole role, String address, String path) {
    if (address == null || address.length() < 8) {
      return;
    }
    String bic = Parties.bicOfAddress(address);
    Parties.bic(out, role, "header", path, bic);
  }

  private static void text(List<Element> out, String name, String label, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher ins = INS.matcher(lines.get(i));
      if (name.equals("72") && ins.matches()) {
        out.add(new Element(MessageRole.PREVIOUS_INSTRUCTING_AGENT, Element.Kind.BIC, name, label + " line " + (i + 1),
            ins.group(1)));
      }
    }
    String v = String.join("\n", lines).strip();
    if (!v.isEmpty()) {
      out.add(new Element(MessageRole.TEXT, Element.Kind.TEXT, name, label, v));
    }
  }

  /** One party field, by its option letter (A: BIC, F: structured, K/D/none: name and address...). */
  private static void party(List<Element> out, MessageRole role, String name, String label, List<String> lines) {
    String option = name.length() > 2 ? name.substring(2) : "";
    int i = 0;
    if (!lines.isEmpty() && lines.get(0).startsWith("/")) {
      String acc = lines.get(0).replaceFirst("^/([CD]/)?", "").strip();
      if (!acc.isEmpty()) {
        Parties.account(out, role, name, label + " line 1", acc);
      }
      i = 1;
    } else if (option.equals("F") && !lines.isEmpty() && !lines.get(0).matches("^\\d/.*")) {
      i = 1; // party identifier: code/country/identifier
      String[] p = lines.get(0).split("/", 3);
      if (p.length == 3 && p[1].matches("[A-Z]{2}")) {
        out.add(new Element(role, Element.Kind.COUNTRY, name, label + " line 1 (identifier country)", p[1]));
      }
    }
    switch (option) {
      case "A", "C", "G" -> {
        for (; i < lines.size(); i++) {
          String s = lines.get(i).strip();
          if (Parties.isBic(s)) {
            Parties.bic(out, role, name, label + " line " + (i + 1), s);
          }
        }
      }
      case "F" -> structured(out, role, name, label, lines, i);
      case "B" -> {
        for (; i < lines.size(); i++) {
          addressLine(out, role, name, label + " line " + (i + 1), lines.get(i));
        }
      }
      case "L" -> { }
      default -> {
        boolean first = true;
        for (; i < lines.size(); i++) {
          String s = lines.get(i).strip();
          if (s.isEmpty()) {
            continue;
          }
          if (first) {
            out.add(new Element(role, Element.Kind.NAME, name, label + " line " + (i + 1), s));
            first = false;
          } else {
            addressLine(out, role, name, label + " line " + (i + 1), s);
          }
        }
      }
    }
  }

  /** Option F: numbered lines 1/ name, 2/ address, 3/ country/town, 4/ birth date, 5/ place of birth, 8/ name. */
  private static void structured(List<Element> out, MessageRole role, String name, String label, List<String> lines, int from) {
    StringBuilder fullName = new StringBuilder();
    String namePath = null;
    for (int i = from; i < lines.size(); i++) {
      String s = lines.get(i);
      if (s.length() < 2 || s.charAt(1) != '/' || !Character.isDigit(s.charAt(0))) {
        if (!s.isBlank()) {
          addressLine(out, role, name, label + " line " + (i + 1), s);
        }
        continue;
      }
      char n = s.charAt(0);
      String v = s.substring(2).strip();
      String where = label + " line " + n;
      switch (n) {
        case '1', '8' -> {
          if (namePath == null) {
            namePath = where;
          }
          fullName.append(fullName.length() > 0 ? " " : "").append(v);
        }
        case '2' -> addressLine(out, role, name, where, v);
        case '3', '5' -> {
          String[] p = v.split("/", 2);
          if (p[0].matches("[A-Z]{2}")) {
            out.add(new Element(role, Element.Kind.COUNTRY, name, where, p[0]));
            if (p.length > 1 && !p[1].isBlank()) {
              out.add(new Element(role, Element.Kind.TOWN, name, where, p[1].strip()));
            }
          } else {
            addressLine(out, role, name, where, v);
          }
        }
        case '7' -> {
          String[] p = v.split("/", 2);
          if (p[0].matches("[A-Z]{2}")) {
            out.add(new Element(role, Element.Kind.COUNTRY, name, where + " (national id country)", p[0]));
          }
        }
        default -> { }
      }
    }
    if (fullName.length() > 0) {
      out.add(new Element(role, Element.Kind.NAME, name, namePath, fullName.toString()));
    }
  }

  private static void addressLine(List<Element> out, MessageRole role, String name, String path, String line) {
    String s = line.strip();
    if (!s.isEmpty()) {
      out.add(new Element(role, Element.Kind.ADDRESS, name, path, s));
    }
  }

  private static LocalDate date(String yymmdd, String tag) {
    String s = yymmdd.strip();
    try {
      return LocalDate.parse("20" + s.substring(0, 2) + "-" + s.substring(2, 4) + "-" + s.substring(4, 6));
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      throw new BadField("field " + tag + ": '" + snippet(s) + "' is not a date YYMMDD");
    }
  }

  static String snippet(String s) {
    String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return t.replace("\r", "\\r").replace("\n", "\\n");
  }

  /** A field whose content contradicts its format. */
  private static final class BadField extends RuntimeException {
    BadField(String message) {
      super(message);
    }
  }
}
