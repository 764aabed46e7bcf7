# fish completion for newsdex's search and indexer (installed into
# share/fish/vendor_completions.d as search.fish and indexer.fish).
for opt in db timeout limit offset since until sort facets json collapse color batch format like explain expand recent no-suggest help-syntax count facet-size show version run-tag help
    complete -c search -l $opt
end
complete -c search -l sort -x -a "relevance date -date"
complete -c search -l color -x -a "auto always never"
for opt in db format encoding field max-document-bytes batch-size gazetteer collection exclude no-prune rebuild shards compact status json wait quiet verbose version help
    complete -c indexer -l $opt
end
complete -c indexer -l format -x -a "auto text jsonl trec reuters html rss atom"
