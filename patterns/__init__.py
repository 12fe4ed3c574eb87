# Language data of jixiao, shipped as the package extractor.patterns (see pyproject.toml).
