# bash completion for newsdex's search and indexer (installed into
# share/bash-completion/completions as `search` and `indexer`).
_newsdex_search() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case $prev in
        --db|--batch) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --sort) COMPREPLY=($(compgen -W "relevance date -date" -- "$cur")); return ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "trec csv" -- "$cur")); return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--db --timeout --limit --offset --since --until --sort --facets --json
            --collapse --color --batch --format --like --explain --expand --recent --no-suggest
            --help-syntax --count --facet-size --show --version --run-tag --help" -- "$cur"))
    fi
}
_newsdex_indexer() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case $prev in
        --db|--gazetteer) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "auto text jsonl trec reuters html rss atom" -- "$cur")); return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--db --format --encoding --field --max-document-bytes
            --batch-size --gazetteer --collection --exclude --no-prune --rebuild --shards --compact --status --json --wait
            --quiet --verbose --version --help" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -F _newsdex_search search
complete -F _newsdex_indexer indexer
