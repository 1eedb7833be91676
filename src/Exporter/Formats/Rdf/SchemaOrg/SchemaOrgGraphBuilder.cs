using System.Globalization;
using Exporter.Formats.Common.Text;
using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// Hub record to schema.org graph (docs/mappings/schema-org.md): a Work (<c>#work</c>: title, authors, first
/// publication year, <c>workExample</c>) and the Edition the catalog describes (<c>#edition</c>: everything else).
/// Lists get numbered hash IRIs so their order survives any RDF syntax.
/// </summary>
internal sealed class SchemaOrgGraphBuilder
{
    /// <summary>
    /// A record's schema.org graph has some 54 triples on average in the benchmark file (111,008 N-Triples lines for
    /// 2,048 records): room for 64 from the start saves the list and the dedup set growing four or five times.
    /// </summary>
    public const int GraphCapacity = 64;

    private readonly RdfGraph _g = new(GraphCapacity);
    private readonly RecordIris _iris;
    private readonly CatalogRecord _r;
    private readonly Iri _work;
    private readonly Iri _edition;
    private readonly string _class;
    private readonly SchemaOrgMarcFacts? _marc;
    private readonly Iri[] _agents;
    private readonly string? _language;
    private int _blank;

    public SchemaOrgGraphBuilder(Uri baseUri, CatalogRecord record, string recordPath = RecordIris.DefaultPath, SchemaOrgMarcFacts? marc = null, string? repeatSuffix = null)
    {
        _r = record;
        _iris = new RecordIris(baseUri, record, recordPath, repeatSuffix);
        _work = _iris.Node("work");
        _edition = _iris.Node("edition");
        _class = ResourceTypes.For(record.ResourceType).Class;
        _marc = marc is not null && marc.Authorities.Length == record.Contributors.Length ? marc : null;     // facts line up with the hub's contributors
        _agents = AgentIris.For(_iris, baseUri, record.Contributors, [.. record.Contributors.Select((_, i) => Authority(i))]);
        _language = LiteralLanguages.RecordLanguage(record.Languages);
    }

    public RdfGraph Build()
    {
        var (cls, genre) = ResourceTypes.For(_r.ResourceType);
        Add(_work, Vocab.Type, Vocab.S(cls));
        Tagged(_work, "name", _r.Title, _language);                                       // row: Title (tagged: row language-tagged literals)
        Alternate(_work, _marc?.AlternateTitle);                                           // row: 880 -> alternateName
        Str(_work, "description", _r.Description);                                        // row: Blurb -> Work description
        foreach (var (c, i) in _r.Contributors.Select((c, i) => (c, i)))
        {
            if (c.IsAuthor) Add(_work, Vocab.S("author"), Agent(i));
        }

        Year(_work, "datePublished", _r.FirstPublished);                                   // row: First Published -> Work datePublished
        Add(_work, Vocab.S("url"), new Iri(_iris.Page));                                   // row: page -> Work and Edition url
        TranslationOf();
        Add(_work, Vocab.S("workExample"), _edition);

        Add(_edition, Vocab.Type, Vocab.S(cls));                                          // row: Resource type -> @type (+ genre)
        Add(_edition, Vocab.S("exampleOfWork"), _work);
        Add(_edition, Vocab.S("mainEntityOfPage"), new Iri(_iris.Page));
        Add(_edition, Vocab.S("url"), new Iri(_iris.Page));
        if (genre is not null) Str(_edition, "genre", genre);
        Tagged(_edition, "name", _r.Title, _language);                                    // row: Title
        Alternate(_edition, _marc?.AlternateTitle);
        Tagged(_edition, "alternativeHeadline", _r.Subtitle, _language);                  // row: Subtitle
        Contributors();
        Publisher();
        Year(_edition, "datePublished", _r.YearPublished);                                // row: Year Published
        Str(_edition, ResourceTypes.IsBook(_class) ? "bookEdition" : "version", _r.Edition);
        Extent();
        Identifiers();
        foreach (var lang in _r.Languages) Str(_edition, "inLanguage", LanguageCodes.Bcp47(lang));
        Series();
        Str(_edition, "abstract", _r.Abstract);                                           // row: Abstract
        Reviews();
        Contents();
        Subjects();
        foreach (var note in _r.Notes) Str(_edition, "description", note);                // row: Notes -> Edition description
        if (_r.LastModified is { } changed)                                               // row: Last Modified -> dateModified (xsd:date for a day, else xsd:dateTime)
        {
            var text = LastModifiedText.Format(changed);
            Add(_edition, Vocab.S("dateModified"), new Literal(text, Vocab.Xsd + (text.Length == 10 ? "date" : "dateTime")));
        }

        foreach (var rights in _r.Rights)                                                 // row: Rights -> license (URI) or copyrightNotice (text)
        {
            if (RightsText.IsUri(rights)) Add(_edition, Vocab.S("license"), new Iri(rights));
            else Str(_edition, "copyrightNotice", rights);
        }

        foreach (var f in _r.SourceFields)
        {
            if (f.Format == "marc21") Add(_edition, Vocab.MarcKeyIri, new Literal(f.Key + f.Value));
        }

        return _g;
    }

    private void Contributors()
    {
        for (var i = 0; i < _r.Contributors.Length; i++)
        {
            var c = _r.Contributors[i];
            var agent = Agent(i);
            if (_marc is not null)
            {
                foreach (var link in _marc.Authorities[i].Select(AgentIris.SameAs).OfType<string>().Distinct()) Add(agent, Vocab.S("sameAs"), new Iri(link));   // row: authority -> sameAs
                Alternate(agent, _marc.AlternateNames[i]);
            }

            Add(agent, Vocab.Type, Vocab.S(c.Kind == AgentKind.Person ? "Person" : "Organization"));
            if (c.Kind == AgentKind.Family) Add(agent, Vocab.S("additionalType"), new Iri(Vocab.Mads + "FamilyName"));
            var parts = c.Kind == AgentKind.Person ? NameParts.Split(c.Name) : null;
            if (parts is { } p)
            {
                Str(agent, "name", p.Given + " " + p.Family);
                Str(agent, "familyName", p.Family);
                Str(agent, "givenName", p.Given);
            }
            else
            {
                Str(agent, "name", c.Name);
            }

            var roles = RoleProperties.Ordered(c.Roles).ToList();
            if (roles.Count == 0) RoleNode(agent, null);
            foreach (var role in roles)
            {
                if (RoleProperties.PropertyFor(role, _class) is string property) Add(_edition, Vocab.S(property), agent);
                else RoleNode(agent, role);
            }
        }
    }

    /// <summary>
    /// A role schema.org has no property for, as a BIBFRAME contribution (row: other roles -> bf:contribution):
    /// bf:role is the LoC relator IRI when the term has a code, else a bf:Role labelled with the term.
    /// </summary>
    private void RoleNode(Iri agent, string? role)
    {
        var node = Blank();
        Add(_edition, new Iri(Vocab.Bf + "contribution"), node);
        Add(node, Vocab.Type, new Iri(Vocab.Bf + "Contribution"));
        Add(node, new Iri(Vocab.Bf + "agent"), agent);
        if (role is null) return;
        if (ContributorRoles.CodeFor(role) is string code)
        {
            Add(node, new Iri(Vocab.Bf + "role"), new Iri(Vocab.Relators + code));
            return;
        }

        var r = Blank();
        Add(node, new Iri(Vocab.Bf + "role"), r);
        Add(r, Vocab.Type, new Iri(Vocab.Bf + "Role"));
        Add(r, new Iri(Vocab.RdfsLabel), new Literal(role));
    }

    private void Publisher()
    {
        if (_r.Publisher is not null)
        {
            var org = _iris.Node("publisher");
            Add(_edition, Vocab.S("publisher"), org);                                     // row: Publisher
            Add(org, Vocab.Type, Vocab.S("Organization"));
            Str(org, "name", _r.Publisher);
            Alternate(org, _marc?.AlternatePublisher);
        }

        if (_r.Place is not null)
        {
            var place = _iris.Node("place");
            if (_r.Publisher is not null) Add(_iris.Node("publisher"), Vocab.S("location"), place);   // row: Place of publication -> publisher's location
            else Add(_edition, Vocab.S("locationCreated"), place);                                    // (no publisher: the edition's locationCreated)
            Add(place, Vocab.Type, Vocab.S("Place"));
            Str(place, "name", _r.Place);
        }
    }

    /// <summary>
    /// The original a translation is made from (row: Translated From / "Translation of:" note -> translationOfWork):
    /// a CreativeWork with the original's title from the note and its languages from 041 $h.
    /// </summary>
    private void TranslationOf()
    {
        var title = _r.Notes.Select(TranslationNotes.OriginalTitle).FirstOrDefault(t => t is not null);
        if (title is null && _r.TranslatedFrom.IsEmpty) return;
        var original = _iris.Node("original");
        Add(_work, Vocab.S("translationOfWork"), original);
        Add(original, Vocab.Type, Vocab.S("CreativeWork"));
        Tagged(original, "name", title, LiteralLanguages.RecordLanguage(_r.TranslatedFrom));
        foreach (var lang in _r.TranslatedFrom) Str(original, "inLanguage", LanguageCodes.Bcp47(lang));
    }

    private void Extent()
    {
        if (_r.Extent is null) return;
        if (_r.Extent.Pages is int pages)
        {
            if (ResourceTypes.IsBook(_class))
            {
                Add(_edition, Vocab.S("numberOfPages"), Int(pages));                      // row: Pages -> numberOfPages
            }
            else
            {
                var qv = Blank();
                Add(_edition, Vocab.S("materialExtent"), qv);
                Add(qv, Vocab.Type, Vocab.S("QuantitativeValue"));
                Add(qv, Vocab.S("value"), Int(pages));
                Str(qv, "unitText", "pages");
            }
        }

        Str(_edition, "materialExtent", _r.Extent.Text);                                  // row: Extent text
    }

    private void Identifiers()
    {
        Numbered("identifier", _r.Identifiers, (node, id) =>
        {
            Add(_edition, Vocab.S("identifier"), node);                                  // row: identifiers -> PropertyValue
            Add(node, Vocab.Type, Vocab.S("PropertyValue"));
            Str(node, "propertyID", IdentifierIds.PropertyId(id.Type));
            Str(node, "value", id.Value);
            Str(node, "description", id.Qualifier);
            if (id.Type == IdentifierType.Isbn && ResourceTypes.IsBook(_class)) Str(_edition, "isbn", id.Value);   // row: ISBN -> isbn
            if (id.Type == IdentifierType.Issn && ResourceTypes.HasIssn(_class)) Str(_edition, "issn", id.Value);  // row: ISSN -> issn
        });

        foreach (var id in _r.Identifiers)
        {
            if (IdentifierLinks.SameAs(id) is string link) Add(_edition, Vocab.S("sameAs"), new Iri(link));     // row: OCLC, LCCN, DOI -> sameAs
        }

        if (!ResourceTypes.IsBook(_class)) return;
        foreach (var format in _r.Identifiers.Where(i => i.Type == IdentifierType.Isbn).Select(i => BookFormats.For(i.Qualifier)).OfType<string>().Distinct())
        {
            Add(_edition, Vocab.S("bookFormat"), Vocab.S(format));                                                 // row: ISBN qualifier -> bookFormat
        }
    }

    private void Series() => Numbered("series", _r.Series, (node, s) =>
    {
        Add(_edition, Vocab.S("isPartOf"), node);                                        // row: Series -> isPartOf CreativeWorkSeries
        Add(node, Vocab.Type, Vocab.S("CreativeWorkSeries"));
        Str(node, "name", s.Title);
        if (s.Number is not null) Add(node, Vocab.S("position"), Position(s.Number));           // row: Series number -> position
    });

    private void Reviews() => Numbered("review", _r.Reviews, (node, review) =>
    {
        Add(_edition, Vocab.S("review"), node);                                          // row: Review
        Add(node, Vocab.Type, Vocab.S("Review"));
        if (review.Paragraphs.Length > 0) Str(node, "reviewBody", review.Body);
        if (review.Reviewer is not null)
        {
            var who = Blank();
            Add(node, Vocab.S("author"), who);
            Add(who, Vocab.Type, Vocab.S("Person"));
            Str(who, "name", review.Reviewer);
        }

        if (ReviewBodies.Split(review.Body).SequenceEqual(review.Paragraphs)) return;
        for (var p = 0; p < review.Paragraphs.Length; p++)
        {
            var part = new Iri(node.Value + "-p" + (p + 1).ToString(CultureInfo.InvariantCulture));
            Add(node, Vocab.S("hasPart"), part);
            Add(part, Vocab.Type, Vocab.S("CreativeWork"));
            Str(part, "text", review.Paragraphs[p]);
        }
    });

    private void Contents()
    {
        for (var s = 0; s < _r.Contents.Length; s++)
        {
            var section = _r.Contents[s];
            var sNode = _iris.Node("part-" + (s + 1).ToString(CultureInfo.InvariantCulture));
            Add(_edition, Vocab.S("hasPart"), sNode);                                    // row: ToC section -> CreativeWork
            Add(sNode, Vocab.Type, Vocab.S("CreativeWork"));
            Tagged(sNode, "name", section.Heading, _language);
            for (var e = 0; e < section.Entries.Length; e++)
            {
                var entry = section.Entries[e];
                var eNode = new Iri(sNode.Value + "-" + (e + 1).ToString(CultureInfo.InvariantCulture));
                Add(sNode, Vocab.S("hasPart"), eNode);                                   // row: ToC entry -> Chapter
                Add(eNode, Vocab.Type, Vocab.S("Chapter"));
                Tagged(eNode, "name", entry.Title, _language);
                if (entry.Number is not null) Add(eNode, Vocab.S("position"), Position(entry.Number));
            }
        }
    }

    private void Subjects()
    {
        Numbered("subject", _r.Subjects, (node, s) =>
        {
            Add(_edition, Vocab.S("about"), node);                                       // row: Subjects -> about DefinedTerm
            Add(node, Vocab.Type, Vocab.S("DefinedTerm"));
            Str(node, "name", s.Heading);
            if (s.Scheme is not null) Add(node, Vocab.S("inDefinedTermSet"), new Iri(Vocab.SubjectSchemes + Uri.EscapeDataString(s.Scheme)));
            if (SubjectKinds.TypeFor(s.Kind) is string kind) Add(node, Vocab.S("additionalType"), SubjectKinds.IsIri(kind) ? new Iri(kind) : new Literal(kind));
        });
    }

    private void Numbered<T>(string name, IReadOnlyList<T> items, Action<Iri, T> body)
    {
        for (var i = 0; i < items.Count; i++) body(_iris.Node(name + "-" + (i + 1).ToString(CultureInfo.InvariantCulture)), items[i]);
    }

    private Iri Agent(int index) => _agents[index];

    // The contributor's authority that names it in every record: the first $0, else $1 (AgentIris.AuthorityIri).
    private string? Authority(int index) => _marc?.Authorities[index].Select(AgentIris.Normalize).OfType<string>().FirstOrDefault();

    private void Tagged(RdfTerm s, string property, string? value, string? language)
    {
        if (value is not null) _g.Add(s, Vocab.S(property), new Literal(value, language: LiteralLanguages.Tag(value, language)));
    }

    private void Alternate(RdfTerm s, ScriptForm? form)
    {
        if (form is not null) _g.Add(s, Vocab.S("alternateName"), new Literal(form.Value, language: form.Language));
    }

    private BlankNode Blank() => new("b" + (_blank++).ToString(CultureInfo.InvariantCulture));

    private void Add(RdfTerm s, Iri p, RdfTerm o) => _g.Add(s, p, o);

    private void Str(RdfTerm s, string property, string? value)
    {
        if (value is not null) _g.Add(s, Vocab.S(property), new Literal(value));
    }

    private void Year(RdfTerm s, string property, int? year)
    {
        if (year is int y) _g.Add(s, Vocab.S(property), new Literal(y.ToString("0000", CultureInfo.InvariantCulture), Vocab.XsdGYear));
    }

    private static Literal Int(int value) => new(value.ToString(CultureInfo.InvariantCulture), Vocab.XsdInteger);

    private static Literal Position(string number) =>
        number.Length is > 0 and < 10 && number.All(char.IsAsciiDigit) && (number == "0" || number[0] != '0') ? new Literal(number, Vocab.XsdInteger) : new Literal(number);
}
