mgc users list --filter 'displayName eq '\''Zoë '\'''\''Z'\'''\'' "Q" $x ${y} `z` 100% \ */ ?> 中文 😀'\''' --select id,displayName
