package io.tandem.matching.participant;

import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** A tenant's tag synonyms; they apply to tags enrolled or updated after they are added. */
@ApplicationScoped
public class TagSynonymService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TagSynonym> list() {
        return TagSynonym.list("order by alias");
    }

    @Transactional
    public TagSynonym add(TagSynonymRequest request) {
        String alias = Tags.normalise(request.alias());
        String canonical = Tags.normalise(request.canonical());
        if (alias.equals(canonical)) {
            throw ProblemException.invalid("canonical", "is the same tag as the alias");
        }
        if (TagSynonym.count("alias", alias) > 0) {
            throw ProblemException.conflict("'" + alias + "' already has a synonym.");
        }
        TagSynonym synonym = new TagSynonym();
        synonym.alias = alias;
        synonym.canonical = canonical;
        synonym.persist();
        return synonym;
    }

    @Transactional
    public void delete(UUID id) {
        if (TagSynonym.delete("id", id) == 0) {
            throw ProblemException.notFound("tag synonym", id);
        }
    }
}
