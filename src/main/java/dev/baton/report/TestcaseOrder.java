package dev.baton.report;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the {@code <testcase>} elements of a platform-written JUnit XML report in the order of the test plan
 * (collections, then steps, as written), which the platform's writer does not keep.
 */
final class TestcaseOrder implements TestExecutionListener {

    private final List<String> order = new ArrayList<>();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        plan.getRoots().forEach(root -> collect(plan, root));
    }

    private void collect(TestPlan plan, TestIdentifier node) {
        if (node.isTest()) {
            String parent = plan.getParent(node).map(TestIdentifier::getLegacyReportingName).orElse("");
            order.add(key(parent, node.getLegacyReportingName()));
        }
        plan.getChildren(node).forEach(child -> collect(plan, child));
    }

    /** Rewrites the report with its test cases in plan order. */
    void apply(Path report) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(report.toFile());
            Element suite = document.getDocumentElement();
            List<Element> cases = new ArrayList<>();
            NodeList children = suite.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node child = children.item(i);
                if (child instanceof Element e && e.getTagName().equals("testcase")) {
                    cases.add(e);
                }
            }
            Node anchor = cases.isEmpty() ? null : cases.get(cases.size() - 1).getNextSibling();
            cases.forEach(suite::removeChild);
            cases.sort(Comparator.comparingInt(this::rank));
            cases.forEach(c -> suite.insertBefore(c, anchor));
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(report.toFile()));
        } catch (Exception e) {
            throw new IOException("cannot order the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private int rank(Element testcase) {
        int index = order.indexOf(key(testcase.getAttribute("classname"), testcase.getAttribute("name")));
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static String key(String container, String test) {
        return container + "\u0000" + test;
    }
}
