package io.cordon.screening.payment.prowide;

import com.prowidesoftware.swift.model.MxId;
import com.prowidesoftware.swift.model.mx.MxParseUtils;
import io.cordon.screening.payment.Element;
import io.cordon.screening.payment.PaymentMessage;
import io.cordon.screening.payment.ReadMessage;
import io.cordon.screening.payment.MessageRole;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ISO 20022 MX messages (pacs.008, pacs.009 core and COV, pacs.004, pain.001), with or without a
 * head.001 AppHdr and inside any envelope. Prowide identifies the message type; the values are read
 * in one streaming pass by element name, which is the same in every version of a message (a typed
 * JAXB binding per version would cost tens of milliseconds per message and one model per version).
 * DOCTYPE and entity declarations are refused before any parser sees the text (XXE).
 */
final class MxReader {
  private static final String NS = "urn:iso:std:iso:20022:tech:xsd:";
  private static final Pattern SUPPORTED = Pattern.compile("^(pacs\\.008|pacs\\.009|pacs\\.004|pain\\.001)\\.\\d{3}\\.\\d{2}.*");
  private static final Pattern MESSAGE_ID = Pattern.compile("[a-z]{4}\\.\\d{3}\\.\\d{3}\\.\\d{2}(\\.[a-z]{2}\\.\\d{2})?");
  private static final Pattern DTD = Pattern.compile("<!(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
  private static final XMLInputFactory XML = secureFactory();

  private static final Map<String, MessageRole> PARTIES = Map.ofEntries(
      Map.entry("Dbtr", MessageRole.DEBTOR), Map.entry("Cdtr", MessageRole.CREDITOR), Map.entry("UltmtDbtr", MessageRole.ULTIMATE_DEBTOR),
      Map.entry("UltmtCdtr", MessageRole.ULTIMATE_CREDITOR), Map.entry("InitgPty", MessageRole.INITIATING_PARTY),
      Map.entry("DbtrAgt", MessageRole.DEBTOR_AGENT), Map.entry("CdtrAgt", MessageRole.CREDITOR_AGENT),
      Map.entry("IntrmyAgt1", MessageRole.INTERMEDIARY_AGENT), Map.entry("IntrmyAgt2", MessageRole.INTERMEDIARY_AGENT),
      Map.entry("IntrmyAgt3", MessageRole.INTERMEDIARY_AGENT), Map.entry("InstgAgt", MessageRole.INSTRUCTING_AGENT),
      Map.entry("InstdAgt", MessageRole.INSTRUCTED_AGENT), Map.entry("PrvsInstgAgt1", MessageRole.PREVIOUS_INSTRUCTING_AGENT),
      Map.entry("PrvsInstgAgt2", MessageRole.PREVIOUS_INSTRUCTING_AGENT),
      Map.entry("PrvsInstgAgt3", MessageRole.PREVIOUS_INSTRUCTING_AGENT), Map.entry("FwdgAgt", MessageRole.FORWARDING_AGENT),
      Map.entry("DbtrAcct", MessageRole.DEBTOR), Map.entry("CdtrAcct", MessageRole.CREDITOR),
      Map.entry("DbtrAgtAcct", MessageRole.DEBTOR_AGENT), Map.entry("CdtrAgtAcct", MessageRole.CREDITOR_AGENT),
      Map.entry("IntrmyAgt1Acct", MessageRole.INTERMEDIARY_AGENT), Map.entry("IntrmyAgt2Acct", MessageRole.INTERMEDIARY_AGENT),
      Map.entry("IntrmyAgt3Acct", MessageRole.INTERMEDIARY_AGENT));
  /** In the AppHdr only: sender and receiver. */
  private static final Map<String, MessageRole> HEADER = Map.of("Fr", MessageRole.SENDER, "To", MessageRole.RECEIVER);
  private static final Set<String> BICS = Set.of("BICFI", "BIC", "AnyBIC", "BICOrBEI");
  private static final Set<String> ADDRESS = Set.of("AdrLine", "StrtNm", "BldgNm", "BldgNb", "DstrctNm", "TwnLctnNm",
      "PstBx", "Room", "Flr", "Dept", "SubDept");
  private static final Set<String> TEXT = Set.of("Ustrd", "InstrInf", "AddtlRmtInf", "Inf", "AddtlInf");

  ReadMessage read(int index, String xml) {
    Matcher dtd = DTD.matcher(xml);
    if (dtd.find()) {
      return ReadMessage.failed(index, "XML line " + line(xml, dtd.start()) + ": <!" + dtd.group(1)
          + "> declarations are refused (DTDs and entities could read local files or expand without bound)");
    }
    Walk w = new Walk();
    try {
      XMLStreamReader r = XML.createXMLStreamReader(new StringReader(xml));
      try {
        w.run(r);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      String at = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNumber() + " column "
          + e.getLocation().getColumnNumber();
      return ReadMessage.failed(index, "not well-formed XML at" + at + ": " + clean(e.getMessage()));
    } catch (BadValue e) {
      return ReadMessage.failed(index, e.getMessage());
    }
    if (w.documentNs == null) {
      return ReadMessage.failed(index, "no ISO 20022 <Document> element found (root element <" + w.root + ">)");
    }
    // the ISO namespace, or a national variant that names the message (SIX: .../pain.001.001.03.ch.02.xsd)
    Matcher ns = MESSAGE_ID.matcher(w.documentNs);
    if (!(w.documentNs.startsWith(NS) || w.documentNs.startsWith("http")) || !ns.find()) {
      return ReadMessage.failed(index, "<Document> namespace '" + w.documentNs + "' is not an ISO 20022 message "
          + "namespace (" + NS + "<message id>)");
    }
    String id = ns.group();
    if (!SUPPORTED.matcher(id).matches()) {
      return ReadMessage.failed(index, "<Document> is a " + id + " message; this filter reads pacs.008, pacs.009, "
          + "pacs.004 and pain.001");
    }
    // Prowide's own identification (namespace, else the AppHdr's MsgDefIdr); the namespace decides when they differ
    Optional<MxId> mx = MxParseUtils.identifyMessage(xml);
    String type = mx.map(MxId::id).filter(id::startsWith).orElse(id);
    if (type.startsWith("pacs.009") && w.cov) {
      type = type + " COV";
    }
    return ReadMessage.ok(index, new PaymentMessage(type, w.reference(), w.amount, w.currency, w.date, w.out));
  }

  /** One streaming pass: the element stack, and the values found. */
  private static final class Walk {
    final List<Element> out = new ArrayList<>();
    final Deque<String> stack = new ArrayDeque<>();
    /** The same elements as {@link #stack}, written for paths: the second CdtTrfTxInf of its parent is CdtTrfTxInf[2]. */
    final Deque<String> labels = new ArrayDeque<>();
    /** Per open element: how many children of each name it had so far. */
    final Deque<java.util.Map<String, Integer>> children = new ArrayDeque<>();
    String root;
    String documentNs;
    /** depth of the Document / AppHdr element, or -1 when outside */
    int documentDepth = -1;
    int headerDepth = -1;
    boolean cov;
    String bizMsgId;
    String msgId;
    BigDecimal amount;
    String currency;
    LocalDate date;
    String ccy;
    final StringBuilder text = new StringBuilder();

    void run(XMLStreamReader r) throws XMLStreamException {
      while (r.hasNext()) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.START_ELEMENT -> start(r);
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(r.getText());
          case XMLStreamConstants.END_ELEMENT -> end();
          default -> { }
        }
      }
    }

    private void start(XMLStreamReader r) {
      String name = r.getLocalName();
      if (root == null) {
        root = name;
      }
      text.setLength(0);
      int n = children.isEmpty() ? 1 : children.peek().merge(name, 1, Integer::sum);
      stack.push(name);
      labels.push(n == 1 ? name : name + "[" + n + "]");
      children.push(new java.util.HashMap<>());
      if (name.equals("Document") && documentNs == null) {
        documentNs = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        documentDepth = stack.size();
      } else if (name.equals("AppHdr") && headerDepth < 0 && documentDepth < 0) {
        headerDepth = stack.size();
      } else if (name.equals("UndrlygCstmrCdtTrf") && documentDepth > 0) {
        cov = true;
      }
      ccy = r.getAttributeValue(null, "Ccy");
    }

    private void end() {
      String leaf = stack.peek();
      String value = text.toString().strip();
      text.setLength(0);
      int depth = stack.size();
      if (documentDepth > 0 && depth > documentDepth + 1) {
        value(leaf, value, false);
      } else if (headerDepth > 0 && depth > headerDepth) {
        value(leaf, value, true);
      }
      if (depth == documentDepth) {
        documentDepth = -2; // done: a second Document is not read
      }
      if (depth == headerDepth) {
        headerDepth = -2;
      }
      stack.pop();
      labels.pop();
      children.pop();
    }

    /** The path below the message element (or from AppHdr), e.g. CdtTrfTxInf/UltmtCdtr/Nm. */
    private List<String> path(boolean header) {
      List<String> p = new ArrayList<>(stack);
      java.util.Collections.reverse(p);
      return header ? p.subList(headerDepth - 1, p.size()) : p.subList(documentDepth + 1, p.size());
    }

    private void value(String leaf, String value, boolean header) {
      if (value.isEmpty()) {
        return;
      }
      List<String> path = path(header);
      List<String> shown = new ArrayList<>(labels);
      java.util.Collections.reverse(shown);
      String where = String.join("/", header ? shown.subList(headerDepth - 1, shown.size())
          : shown.subList(documentDepth + 1, shown.size()));
      if (header) {
        if (leaf.equals("BizMsgIdr")) {
          bizMsgId = value;
        }
        MessageRole role = party(path, HEADER);
        if (role != null && BICS.contains(leaf)) {
          Parties.bic(out, role, "AppHdr/" + path.get(1), where, value);
        }
        return;
      }
      switch (leaf) {
        case "MsgId" -> {
          if (path.size() >= 2 && path.get(path.size() - 2).equals("GrpHdr") && msgId == null) {
            msgId = value;
          }
          return;
        }
        case "IntrBkSttlmAmt", "InstdAmt" -> {
          if (amount == null) {
            try {
              amount = new BigDecimal(value);
            } catch (NumberFormatException e) {
              throw new BadValue(where + ": '" + value + "' is not an amount");
            }
            currency = ccy;
          }
          return;
        }
        case "IntrBkSttlmDt", "ReqdExctnDt", "Dt" -> {
          boolean execDate = leaf.equals("ReqdExctnDt") || path.size() >= 2 && path.get(path.size() - 2).equals("ReqdExctnDt");
          if (date == null && (leaf.equals("IntrBkSttlmDt") || execDate)) {
            try {
              date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
              throw new BadValue(where + ": '" + value + "' is not a date");
            }
          }
          return;
        }
        default -> { }
      }
      if (TEXT.contains(leaf) || path.contains("Purp")) {
        out.add(new Element(MessageRole.TEXT, Element.Kind.TEXT, leaf, where, value));
        return;
      }
      int at = partyIndex(path, PARTIES);
      if (at < 0) {
        return;
      }
      MessageRole role = PARTIES.get(path.get(at));
      String field = path.get(at);
      boolean account = field.endsWith("Acct");
      if (account) {
        if (leaf.equals("IBAN") || leaf.equals("Id") && path.contains("Othr")) {
          Parties.account(out, role, field, where, value);
        }
        return;
      }
      Element.Kind kind = switch (leaf) {
        case "Nm" -> path.get(path.size() - 2).equals("SchmeNm") ? null : Element.Kind.NAME;
        case "TwnNm", "CityOfBirth" -> Element.Kind.TOWN;
        case "CtrySubDvsn" -> Element.Kind.SUBDIVISION;
        case "Ctry", "CtryOfRes", "CtryOfBirth" -> Element.Kind.COUNTRY;
        default -> ADDRESS.contains(leaf) ? Element.Kind.ADDRESS : null;
      };
      if (BICS.contains(leaf)) {
        Parties.bic(out, role, field, where, value);
      } else if (kind != null) {
        out.add(new Element(role, kind, field, where, value));
      }
    }

    private static MessageRole party(List<String> path, Map<String, MessageRole> roles) {
      int i = partyIndex(path, roles);
      return i < 0 ? null : roles.get(path.get(i));
    }

    /** The innermost element of the path that is a party or agent. */
    private static int partyIndex(List<String> path, Map<String, MessageRole> roles) {
      for (int i = path.size() - 2; i >= 0; i--) {
        if (roles.containsKey(path.get(i))) {
          return i;
        }
      }
      return -1;
    }

    String reference() {
      return bizMsgId != null ? bizMsgId : msgId;
    }
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static int line(String s, int offset) {
    int n = 1;
    for (int i = 0; i < offset; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static String clean(String msg) {
    if (msg == null) {
      return "";
    }
    int i = msg.indexOf("Message: ");
    return (i >= 0 ? msg.substring(i + 9) : msg).strip();
  }

  /** A value that contradicts its element's type. */
  private static final class BadValue extends RuntimeException {
    BadValue(String message) {
      super(message);
    }
  }

}
