from journal.launch import main

raise SystemExit(main())
