"""What the bundle runs: the same `skinjournal` command as the wheel installs."""

from journal.frozen import prepare_frozen_environment

prepare_frozen_environment()  # before anything imports matplotlib

from journal.launch import main  # noqa: E402

raise SystemExit(main())
