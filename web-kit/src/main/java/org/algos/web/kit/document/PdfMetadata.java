package org.algos.web.kit.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The document information and XMP metadata of a rendered document, written from its
 * {@link DocumentMeta}: openhtmltopdf stamps the time of rendering as the creation date and has
 * no say on the creator, so both dictionaries are rewritten here, from the same values, as
 * PDF/A requires them to agree; the XMP also declares PDF/A-3u, PDF/UA-1 and the language.
 */
final class PdfMetadata {

    /** The application that made the document (Creator, xmp:CreatorTool). */
    static final String CREATOR = "Algos";

    private PdfMetadata() {
    }

    static void complete(PDDocument pdf, DocumentMeta meta) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        GregorianCalendar created = GregorianCalendar.from(meta.created().toZonedDateTime());
        info.setTitle(Xhtml.plain(meta.title()));
        info.setAuthor(Xhtml.plain(meta.author()));
        info.setSubject(meta.subject() == null ? null : Xhtml.plain(meta.subject()));
        info.setCreator(CREATOR);
        info.setCreationDate(created);
        info.setModificationDate(created);
        pdf.getDocumentCatalog().setLanguage(meta.language());
        PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
        if (stream == null) {
            stream = new PDMetadata(pdf);
            pdf.getDocumentCatalog().setMetadata(stream);
        }
        stream.importXMPMetadata(xmp(meta, info.getProducer()).getBytes(StandardCharsets.UTF_8));
    }

    /** The XMP packet; text goes through {@link Xhtml#escape}, which drops what the info lost. */
    static String xmp(DocumentMeta meta, String producer) {
        String date = meta.created().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder x = new StringBuilder(2048)
                .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
                .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append(alt("dc:title", meta.title()))
                .append("<dc:creator><rdf:Seq><rdf:li>").append(Xhtml.escape(meta.author()))
                .append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (meta.subject() != null) {
            x.append(alt("dc:description", meta.subject()));
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(Xhtml.escape(meta.language()))
                .append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("<xmp:CreatorTool>").append(CREATOR).append("</xmp:CreatorTool>\n");
        if (producer != null) {
            x.append("<pdf:Producer>").append(Xhtml.escape(producer)).append("</pdf:Producer>\n");
        }
        return x.append("<pdfaid:part>3</pdfaid:part>\n")
                .append("<pdfaid:conformance>U</pdfaid:conformance>\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                // PDF/A admits only the schemas it knows unless described, and PDF/UA's is not one
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
                .toString();
    }

    private static String alt(String property, String text) {
        return "<" + property + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + Xhtml.escape(text)
                + "</rdf:li></rdf:Alt></" + property + ">\n";
    }
}
