package org.synoptic.names;

final class CapitalisedNameResolver implements NameResolver {

    @Override
    public java.util.List<org.synoptic.model.Entity> resolve(java.util.List<org.synoptic.model.Article> articles) {
        throw new UnsupportedOperationException("not yet written");
    }
}
