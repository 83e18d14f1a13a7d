A = categorical(["plane" "car" "train" "car" "plane"])
